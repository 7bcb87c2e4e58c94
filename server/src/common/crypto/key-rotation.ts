import type { DataSource, EntityManager } from "typeorm";
import { queryRows } from "../../database/query";
import { aadFor, type FieldCrypto } from "./field-crypto";

/**
 * Every encrypted column (SECURITY.md "field encryption": keyring with an active kid, resumable
 * re-encryption job). `key` is the column whose value is the row part of the AAD
 * (`table.column.<key>`). A test fails when the database has an `*_enc` column missing here.
 */
export interface EncryptedColumn {
  table: string;
  /** Database column, e.g. first_name_enc. */
  column: string;
  kind: "text" | "bytes";
  /** Primary key used to find the row again. */
  pk: string;
  /** Column holding the row id bound into the AAD. */
  key: string;
  /** SQL for the row part of the AAD and for the row, when they are not one column (composite keys). */
  keySql?: string;
}

const col = (table: string, column: string, kind: "text" | "bytes" = "text", key = "id", pk = "id"): EncryptedColumn => ({ table, column, kind, key, pk });

export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  ...["email_enc", "first_name_enc", "last_name_enc", "phone_enc", "date_of_birth_enc", "organization_name_enc", "totp_secret_enc", "totp_pending_secret_enc"].map((c) => col("users", c)),
  col("sessions", "ip_enc"),
  col("sessions", "user_agent_enc"),
  col("consent_records", "ip_enc"),
  col("consent_records", "user_agent_enc"),
  col("programs", "instructors_enc"),
  col("issuer_keys", "secret_key_enc"),
  col("professional_profiles", "data_enc", "text", "user_id", "user_id"),
  col("incidents", "description_enc"),
  col("child_reports", "details_enc"),
  col("child_reports", "reporter_contact_enc"),
  col("review_notes", "body_enc"),
  col("mail_outbox", "to_enc"),
  col("mail_outbox", "content_enc"),
  col("webhook_endpoints", "secret_enc"),
  col("messages", "body_enc"),
  col("support_requests", "subject_enc"),
  col("payments", "billing_address_enc"),
  col("organization_invitations", "email_enc"),
  col("privacy_requests", "details_enc"),
  col("privacy_requests", "extension_reason_enc"),
  col("privacy_requests", "outcome_enc"),
  col("privacy_requests", "export_enc", "bytes"),
  col("privacy_requests", "corrections_enc"),
  { ...col("privacy_export_chunks", "data_enc", "bytes"), keySql: `request_id::text || ':' || seq::text` },
  col("privacy_request_verifications", "details_enc"),
  col("privacy_request_verifications", "corrections_enc"),
  col("evidence_files", "filename_enc"),
  col("evidence_files", "data_enc", "bytes"),
  col("applications", "statement_enc"),
  col("usage_events", "ip_enc", "text", "user_id"),
];

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
const aadOf = (c: EncryptedColumn, rowKey: string) => aadFor(c.table, c.column.replace(/_enc$/, ""), rowKey);

/** SQL condition: the value is not (yet) under the active key. */
function staleCondition(c: EncryptedColumn): string {
  return c.kind === "text"
    ? `${q(c.column)} is not null and ${q(c.column)} not like $1`
    : `${q(c.column)} is not null and not (get_byte(${q(c.column)}, 0) = octet_length(convert_to($1, 'UTF8')) and substring(${q(c.column)} from 2 for octet_length(convert_to($1, 'UTF8'))) = convert_to($1, 'UTF8'))`;
}

export interface RotationProgress {
  table: string;
  column: string;
  pending: number;
  rotated: number;
}

/**
 * Re-encrypts every value written under an older key with the active one, in small batches, each
 * its own transaction (`for update skip locked`, so the app keeps running and two runners never
 * fight). Resumable by construction: the remaining work is whatever is still under an old kid, so a
 * stopped run simply continues where it was when started again.
 */
export class KeyRotationService {
  constructor(
    private readonly ds: DataSource,
    private readonly crypto: FieldCrypto,
  ) {}

  private params(c: EncryptedColumn): unknown[] {
    const kid = this.crypto.activeKid;
    return c.kind === "text" ? [`v1.${kid}.%`] : [kid];
  }

  /** How many values each column still holds under an older key. */
  async pending(): Promise<RotationProgress[]> {
    const out: RotationProgress[] = [];
    for (const c of ENCRYPTED_COLUMNS) {
      const params = this.params(c);
      const [{ n }] = (await this.ds.query(`select count(*) as n from ${q(c.table)} where ${staleCondition(c)}`, params)) as { n: string }[];
      out.push({ table: c.table, column: c.column, pending: Number(n), rotated: 0 });
    }
    return out;
  }

  private async batch(em: EntityManager, c: EncryptedColumn, size: number): Promise<number> {
    const params = this.params(c);
    const pk = c.keySql ?? `${q(c.pk)}::text`;
    const rows = (await em.query(
      `select ${pk} as pk, ${c.keySql ?? `${q(c.key)}::text`} as key, ${q(c.column)} as value from ${q(c.table)}
        where ${staleCondition(c)} order by ${pk} limit ${Math.floor(size)} for update skip locked`,
      params,
    )) as { pk: string; key: string; value: string | Buffer }[];
    for (const r of rows) {
      const aad = aadOf(c, r.key);
      const next = c.kind === "text" ? this.crypto.encrypt(aad, this.crypto.decrypt(aad, r.value as string)) : this.crypto.encryptBytes(aad, this.crypto.decryptBytes(aad, r.value as Buffer));
      await em.query(`update ${q(c.table)} set ${q(c.column)} = $1 where ${pk} = $2`, [next, r.pk]);
    }
    return rows.length;
  }

  /** Rotate everything (or stop after `maxBatches`, for a bounded run); reports per column. */
  async rotate(opts: { batchSize?: number; maxBatches?: number; onProgress?: (p: RotationProgress) => void } = {}): Promise<RotationProgress[]> {
    const size = opts.batchSize ?? 500;
    let budget = opts.maxBatches ?? Number.POSITIVE_INFINITY;
    const report: RotationProgress[] = [];
    for (const c of ENCRYPTED_COLUMNS) {
      const p: RotationProgress = { table: c.table, column: c.column, pending: 0, rotated: 0 };
      report.push(p);
      while (budget > 0) {
        budget--;
        const n = await this.ds.transaction((em) => this.batch(em, c, size));
        p.rotated += n;
        if (n > 0) opts.onProgress?.(p);
        if (n < size) break;
      }
    }
    const left = await this.pending();
    for (const p of report) p.pending = left.find((l) => l.table === p.table && l.column === p.column)?.pending ?? 0;
    return report;
  }

  /**
   * Blind-index key rotation (offline: stop the app first). Recomputes every stored e-mail index
   * with `next` (the crypto built with the new CCP_BLIND_INDEX_KEY) in one transaction. Pending
   * e-mailed privacy-request codes (≤ 30 minutes, their e-mail is not stored) and rate-limit
   * counters are dropped: they cannot be recomputed and would only expire.
   */
  async rotateBlindIndex(next: FieldCrypto): Promise<Record<string, number>> {
    return this.ds.transaction(async (em) => {
      const counts: Record<string, number> = {};
      for (const table of ["users", "organization_invitations"]) {
        const rows = (await em.query(`select id::text as id, email_enc from ${q(table)} where email_enc is not null and email_index not like 'erased:%'`)) as { id: string; email_enc: string }[];
        for (const r of rows) {
          const email = this.crypto.decrypt(aadFor(table, "email", r.id), r.email_enc);
          await em.query(`update ${q(table)} set email_index = $1 where id = $2`, [next.emailIndex(email), r.id]);
        }
        counts[table] = rows.length;
      }
      counts.privacy_request_verifications = (await queryRows(em, "delete from privacy_request_verifications returning 1 as x")).length;
      counts.rate_limit_counters = (await queryRows(em, "delete from rate_limit_counters returning 1 as x")).length;
      return counts;
    });
  }
}
