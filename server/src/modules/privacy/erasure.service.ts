import { randomBytes } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { queryRows } from "../../database/query";
import type { AuditActor, AuditService } from "../audit/audit.service";

export interface ErasureReport {
  erased: { table: string; rows: number; what: string }[];
  kept: { table: string; rows: number; why: string }[];
}

const ERASED = "[erased]";

/**
 * Erasure at the person's request (POL-RIGHT-DELETE). Everything is deleted or pseudonymised
 * except what the retention schedule must keep — credential records (their signed documents carry
 * only a salted e-mail hash, so they stay verifiable) and payment records (7 years, tax law) —
 * and the report says which is which. Runs inside the caller's transaction.
 */
export class ErasureService {
  constructor(
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly audit: AuditService,
  ) {}

  async eraseUser(em: EntityManager, userId: string, actor: AuditActor, requestId: string): Promise<ErasureReport> {
    const report: ErasureReport = { erased: [], kept: [] };
    const now = this.clock.now();
    const run = async (table: string, what: string, sql: string, params: unknown[] = [userId]) => {
      const rows = await queryRows(em, `${sql} returning 1 as x`, params);
      report.erased.push({ table, rows: rows.length, what });
    };
    const enc = (table: string, column: string, id: string) => this.crypto.encrypt(aadFor(table, column, id), ERASED);

    // Application content the person wrote, and everything hanging off their applications.
    const apps: { id: string }[] = await em.query("select id from applications where applicant_user_id = $1", [userId]);
    const appIds = apps.map((a) => a.id);
    await run("evidence_files", "deleted (documents and names)", "delete from evidence_files where application_id = any($1)", [appIds]);
    await run("messages", "deleted (application threads)", "delete from messages where thread_type = 'APPLICATION' and thread_id = any($1)", [appIds]);
    await run("review_notes", "deleted (notes about the person)", "delete from review_notes where application_id = any($1)", [appIds]);
    await run("review_scores", "comments removed", "update review_scores set comment = null where application_id = any($1) and comment is not null", [appIds]);
    await run("application_events", "reasons removed", "update application_events set reason = null where application_id = any($1) and reason is not null", [appIds]);
    await run("review_decisions", "reasons replaced", `update review_decisions set reason = '${ERASED}' where application_id = any($1)`, [appIds]);
    await run("applications", "statements and decision reasons removed", "update applications set statement_enc = null, decision_reason = null where id = any($1)", [appIds]);

    await run("messages", "deleted (support threads)", "delete from messages where thread_type = 'SUPPORT' and thread_id in (select id from support_requests where user_id = $1)");
    await run("support_requests", "deleted", "delete from support_requests where user_id = $1");
    await run("professional_profiles", "deleted", "delete from professional_profiles where user_id = $1");
    await run("communication_preferences", "deleted", "delete from communication_preferences where user_id = $1");
    await run("notifications", "deleted", "delete from notifications where user_id = $1");
    await run("usage_events", "deleted (usage, device and performance events)", "delete from usage_events where user_id = $1");
    await run("mail_outbox", "deleted", "delete from mail_outbox where user_id = $1");
    await run("organization_members", "memberships ended", "delete from organization_members where user_id = $1");
    await run("privacy_request_verifications", "deleted", "delete from privacy_request_verifications where email_index = (select email_index from users where id = $1)");
    await run("organization_invitations", "deleted", "delete from organization_invitations where email_index = (select email_index from users where id = $1)");
    await run("sessions", "signed out; device details removed", "update sessions set revoked_at = coalesce(revoked_at, now()), revoke_reason = coalesce(revoke_reason, 'ERASED'), ip_enc = null, user_agent_enc = null where user_id = $1");
    await run("consent_records", "device details removed (the record of consent stays as proof)", "update consent_records set ip_enc = null, user_agent_enc = null where user_id = $1");
    await run("privacy_export_chunks", "deleted (data exports)", "delete from privacy_export_chunks where request_id in (select id from privacy_requests where user_id = $1)");
    await run("privacy_requests", "request details, proposed corrections and exports removed", "update privacy_requests set details_enc = null, corrections_enc = null, export_enc = null, export_expires_at = null where user_id = $1");

    // The account becomes a pseudonymous stub: no name, e-mail, phone or birth date, no way to sign in.
    await em.query(
      `update users set email_index = $2, email_enc = $3, first_name_enc = $4, last_name_enc = $5, phone_enc = null, date_of_birth_enc = $6,
              organization_name_enc = null, password_hash = $7, totp_secret_enc = null, totp_pending_secret_enc = null, recovery_code_hashes = '{}',
              roles = '{}', disabled_at = coalesce(disabled_at, $8), erased_at = $8, updated_at = $8 where id = $1`,
      [userId, `erased:${userId}`, enc("users", "email", userId), enc("users", "first_name", userId), enc("users", "last_name", userId), enc("users", "date_of_birth", userId), `!erased!${randomBytes(16).toString("hex")}`, now],
    );
    report.erased.push({ table: "users", rows: 1, what: "name, e-mail, phone, date of birth, organization, password and MFA removed; account closed" });

    const creds: { n: string }[] = await em.query("select count(*) n from credentials where holder_user_id = $1", [userId]);
    report.kept.push({ table: "credentials", rows: Number(creds[0].n), why: "Certification records are kept 7 years after expiry (POL-RETAIN-CERT) and stay verifiable; they hold only a salted e-mail hash" });
    const pays: { n: string }[] = await em.query("select count(*) n from payments where payer_user_id = $1", [userId]);
    report.kept.push({ table: "payments", rows: Number(pays[0].n), why: "Payment records are kept 7 years from the transaction for tax law (POL-RETAIN-PAYMENT)" });
    report.kept.push({ table: "applications", rows: appIds.length, why: "Kind, status and dates of applications are part of the certification record; their content was removed" });
    report.kept.push({ table: "audit_events", rows: 0, why: "The append-only audit trail holds ids and actions, no personal data" });

    await this.audit.record(em, actor, { action: "user.erased", targetType: "user", targetId: userId, metadata: { privacyRequestId: requestId, erased: report.erased.map((e) => `${e.table}:${e.rows}`), kept: report.kept.map((k) => k.table) } });
    return report;
  }
}
