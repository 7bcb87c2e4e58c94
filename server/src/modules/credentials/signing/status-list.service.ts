import { randomInt } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { DataSource, EntityManager } from "typeorm";
import type { Clock } from "../../../common/clock";
import { StatusListEntity } from "./issuer-key.entity";
import type { IssuerService } from "./issuer.service";

export type StatusPurpose = "revocation" | "suspension";
export const STATUS_LIST_LENGTH = 131_072;
export const STATUS_LIST_TTL_SECONDS = 300;
const LIST_ID: Record<StatusPurpose, string> = { revocation: "revocation-1", suspension: "suspension-1" };

/** `u` + base64url(gzip(bits)), index 0 = left-most bit (Bitstring Status List v1.0). */
export function encodeBits(bits: Buffer): string {
  return `u${gzipSync(bits).toString("base64url")}`;
}

export function setBit(bits: Buffer, index: number, value: boolean): void {
  const mask = 0x80 >> (index & 7);
  bits[index >> 3] = value ? bits[index >> 3] | mask : bits[index >> 3] & ~mask;
}

export function getBit(bits: Buffer, index: number): boolean {
  return (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

/** Signed revocation and suspension lists, regenerated on every status change. */
export class StatusListService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly issuer: IssuerService,
    private readonly publicUrl: () => string,
  ) {}

  urlOf(purpose: StatusPurpose): string {
    return `${this.publicUrl()}/status/${LIST_ID[purpose]}`;
  }

  private async lock(em: EntityManager, purpose: StatusPurpose): Promise<StatusListEntity> {
    const id = LIST_ID[purpose];
    await em.query("insert into status_lists (id, purpose, length, bits, credential, updated_at) values ($1, $2, $3, $4, null, $5) on conflict do nothing", [
      id,
      purpose,
      STATUS_LIST_LENGTH,
      Buffer.alloc(STATUS_LIST_LENGTH / 8),
      this.clock.now(),
    ]);
    return em.findOneOrFail(StatusListEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
  }

  /** Both lists exist and are signed (done at issuance, so a new credential verifies at once). */
  async ensureSigned(em: EntityManager): Promise<void> {
    for (const purpose of Object.keys(LIST_ID) as StatusPurpose[]) {
      const list = await this.lock(em, purpose);
      if (!list.credential) {
        list.credential = await this.signList(em, purpose, list.bits);
        list.updatedAt = this.clock.now();
        await em.save(list);
      }
    }
  }

  /** A random unused index in the list (spec: assigned at random so indexes leak nothing). */
  async allocateIndex(em: EntityManager, purpose: StatusPurpose): Promise<number> {
    const column = purpose === "revocation" ? "revocation_index" : "suspension_index";
    for (let attempt = 0; attempt < 50; attempt++) {
      const index = randomInt(0, STATUS_LIST_LENGTH);
      const used: unknown[] = await em.query(`select 1 from credentials where ${column} = $1`, [index]);
      if (used.length === 0) return index;
    }
    throw new Error(`status list ${purpose} is full`);
  }

  entry(purpose: StatusPurpose, index: number): Record<string, string> {
    const url = this.urlOf(purpose);
    return { id: `${url}#${index}`, type: "BitstringStatusListEntry", statusPurpose: purpose, statusListIndex: String(index), statusListCredential: url };
  }

  async set(em: EntityManager, purpose: StatusPurpose, index: number, value: boolean): Promise<void> {
    const list = await this.lock(em, purpose);
    setBit(list.bits, index, value);
    list.credential = await this.signList(em, purpose, list.bits);
    list.updatedAt = this.clock.now();
    await em.save(list);
  }

  private async signList(em: EntityManager, purpose: StatusPurpose, bits: Buffer): Promise<Record<string, unknown>> {
    const url = this.urlOf(purpose);
    const now = this.clock.now();
    return this.issuer.sign(em, {
      "@context": ["https://www.w3.org/ns/credentials/v2"],
      id: url,
      type: ["VerifiableCredential", "BitstringStatusListCredential"],
      issuer: this.issuer.did(),
      validFrom: now.toISOString(),
      credentialSubject: { id: `${url}#list`, type: "BitstringStatusList", statusPurpose: purpose, encodedList: encodeBits(bits), ttl: STATUS_LIST_TTL_SECONDS * 1000 },
    });
  }

  /** The signed list credential (created and signed on first request). */
  async credential(listId: string): Promise<Record<string, unknown> | null> {
    const purpose = (Object.keys(LIST_ID) as StatusPurpose[]).find((p) => LIST_ID[p] === listId);
    if (!purpose) return null;
    const existing = await this.ds.manager.findOne(StatusListEntity, { where: { id: listId } });
    if (existing?.credential) return existing.credential;
    return this.ds.transaction(async (em) => {
      const list = await this.lock(em, purpose);
      if (!list.credential) {
        list.credential = await this.signList(em, purpose, list.bits);
        await em.save(list);
      }
      return list.credential;
    });
  }
}
