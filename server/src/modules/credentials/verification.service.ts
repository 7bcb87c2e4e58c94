import type { DataSource } from "typeorm";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { CertificationTypeEntity } from "../catalogue/certification-type.entity";
import { OrganizationEntity } from "../organizations/organization.entity";
import { ProgramEntity } from "../programs/program.entity";
import { UserEntity } from "../users/user.entity";
import { CredentialEntity } from "./credential.entity";
import { ISSUER_NAME, type IssuerService } from "./signing/issuer.service";

export type VerificationStatus = "VALID" | "EXPIRED" | "SUSPENDED" | "REVOKED" | "NOT_FOUND";

export interface PublicCredential {
  number: string;
  title: string;
  holderName: string;
  issuerName: string;
  validFrom: Date;
  validUntil: Date;
}

export interface VerificationResult {
  status: VerificationStatus;
  checkedAt: Date;
  credential: PublicCredential | null;
}

export interface FileCheck {
  step: "SHAPE" | "SIGNATURE" | "STATUS" | "DATES";
  ok: boolean;
  message: string;
}

interface VerifyRow {
  number: string;
  status: CredentialEntity["status"];
  valid_from: Date;
  valid_until: Date;
  holder_user_id: string | null;
  program_id: string | null;
  certification_type_id: string;
  first_name_enc: string | null;
  last_name_enc: string | null;
  erased: boolean | null;
}

// Status, dates and the holder (names must follow an erasure at once) are read on every call; the
// certification's name and the program's title change rarely and come from a short-lived cache.
const VERIFY_SQL = `select c.number, c.status, c.valid_from, c.valid_until, c.holder_user_id, c.program_id, c.certification_type_id,
       u.first_name_enc, u.last_name_enc, (u.erased_at is not null) as erased
  from credentials c
  left join users u on u.id = c.holder_user_id
 where c.number = $1`;

/** How long a certification name or program title may be served from memory after it changed. */
export const REFERENCE_TTL_MS = 60_000;

/** Normalised credential number: upper case, spaces removed; anything else is simply not found. */
export function normaliseNumber(raw: string): string | null {
  const n = String(raw ?? "").trim().toUpperCase().replace(/\s+/g, "");
  return /^CCP-\d{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(n) ? n : null;
}

export function statusOf(c: Pick<CredentialEntity, "status" | "validUntil">, now: Date): Exclude<VerificationStatus, "NOT_FOUND"> {
  if (c.status === "REVOKED") return "REVOKED";
  if (c.status === "SUSPENDED") return "SUSPENDED";
  if (c.status === "EXPIRED" || c.validUntil <= now) return "EXPIRED";
  return "VALID";
}

/**
 * Public verification (POL-SHARE-VERIFY): status and the minimum an employer needs — holder's
 * display name, title, issuer, dates. Nothing else about the holder.
 */
export class VerificationService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly issuer: IssuerService,
  ) {}

  async findByNumber(raw: string): Promise<CredentialEntity | null> {
    const number = normaliseNumber(raw);
    return number ? this.ds.manager.findOne(CredentialEntity, { where: { number } }) : null;
  }

  /**
   * The integrators' hot path: one prepared statement joining everything the answer needs
   * (no ORM, no N queries), then two AES-GCM decryptions for the holder's name.
   */
  async verifyNumber(raw: string): Promise<VerificationResult> {
    const checkedAt = this.clock.now();
    const number = normaliseNumber(raw);
    if (!number) return { status: "NOT_FOUND", checkedAt, credential: null };
    const pool = (this.ds.driver as unknown as { master: { query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: VerifyRow[] }> } }).master;
    const { rows } = await pool.query({ name: "ccp_verify_by_number", text: VERIFY_SQL, values: [number] });
    const r = rows[0];
    if (!r) return { status: "NOT_FOUND", checkedAt, credential: null };
    const title = await this.reference(`type:${r.certification_type_id}`, async () => {
      const t = (await this.ds.query("select name from certification_types where id = $1", [r.certification_type_id])) as { name: string }[];
      return t[0]?.name ?? "";
    });
    const holderName = r.holder_user_id
      ? r.first_name_enc && r.last_name_enc && !r.erased
        ? `${this.crypto.decrypt(aadFor("users", "first_name", r.holder_user_id), r.first_name_enc)} ${this.crypto.decrypt(aadFor("users", "last_name", r.holder_user_id), r.last_name_enc)}`
        : "(holder's name removed at their request)"
      : r.program_id
        ? await this.reference(`program:${r.program_id}`, async () => {
            const p = (await this.ds.query("select p.title, o.name as org from programs p left join organizations o on o.id = p.organization_id where p.id = $1", [r.program_id])) as { title: string; org: string | null }[];
            return p[0] ? `${p[0].title}${p[0].org ? ` — ${p[0].org}` : ""}` : "";
          })
        : "";
    return {
      status: statusOf({ status: r.status, validUntil: r.valid_until }, checkedAt),
      checkedAt,
      credential: { number: r.number, title, holderName, issuerName: ISSUER_NAME, validFrom: r.valid_from, validUntil: r.valid_until },
    };
  }

  private readonly references = new Map<string, { value: string; until: number }>();

  /** Reference data (names and titles, no personal data) kept for REFERENCE_TTL_MS per instance. */
  private async reference(key: string, load: () => Promise<string>): Promise<string> {
    const now = this.clock.now().getTime();
    const hit = this.references.get(key);
    if (hit && hit.until > now) return hit.value;
    const value = await load();
    if (this.references.size >= 10_000) this.references.clear();
    this.references.set(key, { value, until: now + REFERENCE_TTL_MS });
    return value;
  }

  /** Forget cached names and titles (after an edit on this instance; other instances follow within the TTL). */
  forgetReferences(): void {
    this.references.clear();
  }

  async publicView(c: CredentialEntity): Promise<PublicCredential> {
    const type = await this.ds.manager.findOneOrFail(CertificationTypeEntity, { where: { id: c.certificationTypeId } });
    let holderName = "";
    if (c.holderUserId) {
      const u = await this.ds.manager.findOne(UserEntity, { where: { id: c.holderUserId } });
      holderName = u && !u.erasedAt ? `${this.crypto.decrypt(aadFor("users", "first_name", u.id), u.firstNameEnc)} ${this.crypto.decrypt(aadFor("users", "last_name", u.id), u.lastNameEnc)}` : "(holder's name removed at their request)";
    } else if (c.programId) {
      const p = await this.ds.manager.findOne(ProgramEntity, { where: { id: c.programId } });
      const o = p ? await this.ds.manager.findOne(OrganizationEntity, { where: { id: p.organizationId } }) : null;
      holderName = p ? `${p.title}${o ? ` — ${o.name}` : ""}` : "";
    }
    return { number: c.number, title: type.name, holderName, issuerName: ISSUER_NAME, validFrom: c.validFrom, validUntil: c.validUntil };
  }

  /**
   * Verify an uploaded credential file step by step: shape, signature, status (our lists), dates.
   * Later steps are skipped once one fails.
   */
  async verifyDocument(doc: unknown): Promise<{ valid: boolean; steps: FileCheck[]; number: string | null }> {
    const steps: FileCheck[] = [];
    const now = this.clock.now();
    const d = doc as Record<string, unknown> | null;
    const types = Array.isArray(d?.type) ? (d!.type as string[]) : [];
    const shapeOk = !!d && typeof d === "object" && types.includes("VerifiableCredential") && !!d.proof && !!d.credentialSubject && !!d.issuer;
    steps.push({ step: "SHAPE", ok: shapeOk, message: shapeOk ? "It is a Verifiable Credential with a proof." : "This is not a signed credential file." });
    if (!shapeOk) return { valid: false, steps, number: null };
    const subject = d!.credentialSubject as { licenseNumber?: string };
    const number = typeof subject.licenseNumber === "string" ? subject.licenseNumber : null;
    // Check the proof as of the credential's own start date, so an expired file is reported as
    // expired (DATES) rather than as tampered; dates are checked below against today.
    const from0 = new Date(String(d!.validFrom ?? ""));
    const signature = await this.issuer.verify(d!, { now: Number.isNaN(from0.getTime()) ? now : new Date(from0.getTime() + 1000) });
    const sigOk = signature.verified;
    steps.push({ step: "SIGNATURE", ok: sigOk, message: sigOk ? `Signed by ${ISSUER_NAME} (${this.issuer.did()}); not changed since.` : "The signature does not match: the file was changed or not issued by us." });
    if (!sigOk) return { valid: false, steps, number };
    // Status: the signed status-list bits (what any verifier sees) and our record must both be clear.
    const bits = Object.fromEntries((signature.statusResult?.results ?? []).map((r) => [r.credentialStatus?.statusPurpose, r.status === true]));
    const record = number ? await this.findByNumber(number) : null;
    let status = record ? statusOf(record, now) : null;
    if (bits.revocation) status = "REVOKED";
    else if (bits.suspension && status !== "REVOKED") status = "SUSPENDED";
    const statusOk = status === "VALID" || status === "EXPIRED";
    steps.push({
      step: "STATUS",
      ok: statusOk,
      message: status === "REVOKED" ? "It has been revoked." : status === "SUSPENDED" ? "It is suspended." : status ? "Not revoked or suspended." : "We have no record of this credential.",
    });
    if (!statusOk) return { valid: false, steps, number };
    const until = new Date(String(d!.validUntil ?? ""));
    const from = new Date(String(d!.validFrom ?? ""));
    const datesOk = from <= now && (!d!.validUntil || until > now);
    steps.push({ step: "DATES", ok: datesOk, message: datesOk ? "Within its validity period." : from > now ? "Not valid yet." : "It has expired." });
    return { valid: datesOk, steps, number };
  }
}
