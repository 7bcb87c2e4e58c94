import { randomBytes, randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { Clock } from "../../../common/clock";
import { aadFor, type FieldCrypto } from "../../../common/crypto/field-crypto";
import { IssuerKeyEntity, StatusListEntity } from "./issuer-key.entity";
import { type DocumentLoader, loadVcLibs, type SignedDocument, type VcLibs, type VerifyResult } from "./vc-libs";

export const ISSUER_NAME = "CareCorePlus";
const MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1";
const DID_CONTEXT = "https://www.w3.org/ns/did/v1";

/** did:web for a base URL: host (port as %3A) plus path segments joined by ':'. */
export function didWebFor(publicUrl: string): string {
  const u = new URL(publicUrl);
  const host = u.port ? `${u.hostname}%3A${u.port}` : u.hostname;
  const path = u.pathname.split("/").filter(Boolean).map(encodeURIComponent);
  return ["did:web", host, ...path].join(":");
}

/**
 * Our issuer identity (did:web of PUBLIC_URL), its Ed25519 Multikey keys, signing with
 * DataIntegrityProof / eddsa-rdfc-2022, and an offline document loader (bundled contexts, our
 * own DID document and status lists from the database — never the network).
 */
export class IssuerService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly publicUrl: () => string,
  ) {}

  did(): string {
    return didWebFor(this.publicUrl());
  }

  async keys(em: EntityManager = this.ds.manager): Promise<IssuerKeyEntity[]> {
    return em.find(IssuerKeyEntity, { order: { createdAt: "ASC" } });
  }

  /** Generate a new active key and retire the previous one (rotation). */
  async rotate(em: EntityManager): Promise<IssuerKeyEntity> {
    const libs = await loadVcLibs();
    const fragment = `key-${this.clock.now().toISOString().slice(0, 10).replaceAll("-", "")}-${randomBytes(3).toString("hex")}`;
    const did = this.did();
    const pair = await libs.Ed25519Multikey.generate({ id: `${did}#${fragment}`, controller: did });
    const exported = await pair.export({ publicKey: true, secretKey: true });
    const id = randomUUID();
    await em.query("update issuer_keys set active = false, retired_at = $1 where active", [this.clock.now()]);
    const key = em.create(IssuerKeyEntity, {
      id,
      fragment,
      publicKeyMultibase: exported.publicKeyMultibase,
      secretKeyEnc: this.crypto.encrypt(aadFor("issuer_keys", "secret_key", id), exported.secretKeyMultibase!),
      active: true,
      createdAt: this.clock.now(),
      retiredAt: null,
    });
    await em.insert(IssuerKeyEntity, key);
    return key;
  }

  /** The active key, created on first use (serialised by an advisory lock). */
  async activeKey(em: EntityManager): Promise<IssuerKeyEntity> {
    await em.query("select pg_advisory_xact_lock(hashtext('ccp:issuer-key'))");
    const key = await em.findOne(IssuerKeyEntity, { where: { active: true } });
    return key ?? this.rotate(em);
  }

  async didDocument(em: EntityManager = this.ds.manager): Promise<Record<string, unknown>> {
    const did = this.did();
    const keys = await this.keys(em);
    const methods = keys.map((k) => ({ id: `${did}#${k.fragment}`, type: "Multikey", controller: did, publicKeyMultibase: k.publicKeyMultibase }));
    return {
      "@context": [DID_CONTEXT, MULTIKEY_CONTEXT],
      id: did,
      verificationMethod: methods,
      assertionMethod: methods.map((m) => m.id),
      authentication: methods.filter((_, i) => keys[i].active).map((m) => m.id),
    };
  }

  /** Offline loader: bundled JSON-LD contexts, our DID and keys, our status lists. */
  async documentLoader(em: EntityManager = this.ds.manager): Promise<DocumentLoader> {
    const libs = await loadVcLibs();
    const did = this.did();
    const base = this.publicUrl();
    return async (url: string) => {
      const context = libs.contexts.get(url);
      if (context) return { contextUrl: null, documentUrl: url, document: context };
      if (url === did || url.startsWith(`${did}#`)) {
        const doc = await this.didDocument(em);
        if (url === did) return { contextUrl: null, documentUrl: url, document: doc };
        const method = (doc.verificationMethod as { id: string }[]).find((m) => m.id === url);
        if (method) return { contextUrl: null, documentUrl: url, document: { "@context": MULTIKEY_CONTEXT, ...method } };
      }
      if (url.startsWith(`${base}/status/`)) {
        const list = await em.findOne(StatusListEntity, { where: { id: url.slice(`${base}/status/`.length) } });
        if (list?.credential) return { contextUrl: null, documentUrl: url, document: list.credential };
      }
      throw new Error(`Document not available offline: ${url}`);
    };
  }

  async sign(em: EntityManager, credential: Record<string, unknown>): Promise<SignedDocument> {
    const libs = await loadVcLibs();
    const key = await this.activeKey(em);
    const did = this.did();
    const pair = await libs.Ed25519Multikey.from({
      "@context": MULTIKEY_CONTEXT,
      type: "Multikey",
      id: `${did}#${key.fragment}`,
      controller: did,
      publicKeyMultibase: key.publicKeyMultibase,
      secretKeyMultibase: this.crypto.decrypt(aadFor("issuer_keys", "secret_key", key.id), key.secretKeyEnc),
    });
    const suite = new libs.DataIntegrityProof({ signer: pair.signer(), cryptosuite: libs.cryptosuite });
    return libs.vc.issue({ credential, suite, documentLoader: await this.documentLoader(em) });
  }

  /** Check shape, proof and that the status lists can be read (bits: `statusResult.results[].status`). */
  async verify(document: object, opts: { now?: Date } = {}): Promise<VerifyResult> {
    const libs = await loadVcLibs();
    const suite = new libs.DataIntegrityProof({ cryptosuite: libs.cryptosuite });
    const documentLoader = await this.documentLoader();
    return libs.vc.verifyCredential({
      credential: document,
      suite,
      documentLoader,
      now: opts.now,
      // The status library reports whether it could read the lists; the bits are in statusResult.results.
      // A list that cannot be read is a status problem, not a signature problem: callers check status.
      checkStatus: async (o: Parameters<VcLibs["statusList"]["checkStatus"]>[0]) => {
        const r = await libs.statusList.checkStatus(o);
        return r.verified ? r : { verified: true, results: [], unreadable: true };
      },
    });
  }
}
