import type { EntityManager } from "typeorm";
import type { Services } from "../../app/services";
import { aadFor } from "../../common/crypto/field-crypto";
import { ProgramEntity } from "../programs/program.entity";
import type { JsonStreamWriter } from "./export-writer";

/**
 * Every column that holds personal data, by table. A test fails when an entity gains an encrypted
 * (`*_enc`) column or a table with personal data that is not listed here, so the export (and later
 * erasure) cannot forget it.
 */
export const PERSONAL_COLUMNS: Record<string, string[]> = {
  users: ["email_enc", "first_name_enc", "last_name_enc", "phone_enc", "date_of_birth_enc", "organization_name_enc", "totp_secret_enc", "totp_pending_secret_enc"],
  sessions: ["ip_enc", "user_agent_enc"],
  consent_records: ["ip_enc", "user_agent_enc"],
  mail_outbox: ["to_enc", "content_enc"],
  programs: ["instructors_enc"],
  applications: ["statement_enc", "decision_reason"],
  application_events: ["reason"],
  review_decisions: ["reason"],
  review_scores: ["comment"],
  review_notes: ["body_enc"],
  evidence_files: ["filename_enc", "data_enc"],
  messages: ["body_enc"],
  support_requests: ["subject_enc"],
  payments: ["billing_address_enc", "card_brand", "card_last4"],
  professional_profiles: ["data_enc"],
  organization_invitations: ["email_enc"],
  notifications: ["title", "body"],
  credentials: ["status_reason"],
  credential_verifications: ["verifier_name"],
  privacy_requests: ["details_enc", "corrections_enc", "extension_reason_enc", "outcome_enc", "export_enc"],
  issuer_keys: ["secret_key_enc"],
  webhook_endpoints: ["secret_enc"],
  incidents: ["description_enc"],
  usage_events: ["ip_enc", "browser", "os", "device_type"],
  privacy_request_verifications: ["details_enc", "corrections_enc"],
  privacy_export_chunks: ["data_enc"],
  child_reports: ["details_enc", "reporter_contact_enc"],
};

/**
 * Tables not exported per person: platform secrets, transient mail, staff case files (incidents,
 * child reports) that the export of the person concerned must not reveal, and the stored exports
 * themselves (a copy of what the sections already cover).
 */
export const NOT_PERSONAL = new Set(["issuer_keys", "webhook_endpoints", "mail_outbox", "incidents", "child_reports", "privacy_request_verifications", "privacy_export_chunks"]);

/** What a section reads with: the export's read-only snapshot (`em`, `pages`), the services, the person. */
export interface ExportContext {
  em: EntityManager;
  s: Services;
  userId: string;
  /** The rows of `sql` a page at a time (a server-side cursor), never the whole result at once. */
  pages<T>(sql: string, params: unknown[], size?: number): AsyncIterable<T[]>;
}

export interface ExportSection {
  name: string;
  tables: string[];
  /** A value small enough to build whole (one account, its preferences…). */
  collect?(c: ExportContext): Promise<unknown>;
  /** A list that grows with the account: written row by row as its pages arrive. */
  write?(c: ExportContext, out: JsonStreamWriter): Promise<void>;
}

const dec = (s: Services, table: string, column: string, id: string, v: string | null) => (v ? s.crypto.decrypt(aadFor(table, column, id), v) : null);

/** A section that is one query's rows, each mapped to its exported form. */
function rows<T>(sql: string, map: (r: T, s: Services) => unknown = (r) => r): (c: ExportContext, out: JsonStreamWriter) => Promise<void> {
  return async (c, out) => {
    out.open("array");
    for await (const page of c.pages<T>(sql, [c.userId])) for (const r of page) await out.value(map(r, c.s));
    await out.close();
  };
}

/** Rows grouped by their parent id, keeping the query's order within each group. */
function groupBy<T extends Record<string, unknown>>(list: T[], key: keyof T): Map<unknown, T[]> {
  const groups = new Map<unknown, T[]>();
  for (const r of list) {
    const group = groups.get(r[key]);
    if (group) group.push(r);
    else groups.set(r[key], [r]);
  }
  return groups;
}

/**
 * Export sections: which tables each covers, and how to read the person's rows. Lists are read a
 * page at a time, and the rows hanging off a page (timelines, documents, verification logs) with one
 * query per page, so a heavy account costs more pages, not more queries per row.
 */
export const EXPORT_SECTIONS: ExportSection[] = [
  {
    name: "account",
    tables: ["users"],
    collect: async ({ s, userId }) => {
      const u = await s.users.findById(userId);
      if (!u) return null;
      const v = s.users.toView(u);
      return { id: v.id, email: v.email, emailVerified: v.emailVerified, firstName: v.firstName, lastName: v.lastName, phone: v.phone, organizationName: v.organizationName, dateOfBirth: v.dateOfBirth, roles: v.roles, language: v.language, mfaEnabled: v.mfaEnabled, createdAt: v.createdAt, lastActiveAt: v.lastActiveAt };
    },
  },
  {
    name: "sessionsAndDevices",
    tables: ["sessions"],
    write: rows<Record<string, string>>("select id, created_at, last_used_at, revoked_at, ip_enc, user_agent_enc from sessions where user_id = $1 order by created_at", (r, s) => ({
      id: r.id,
      createdAt: r.created_at,
      lastUsedAt: r.last_used_at,
      revokedAt: r.revoked_at,
      ipAddress: dec(s, "sessions", "ip", r.id, r.ip_enc),
      userAgent: dec(s, "sessions", "user_agent", r.id, r.user_agent_enc),
    })),
  },
  {
    name: "consents",
    tables: ["consent_records"],
    write: rows<Record<string, string>>("select id, purpose, action, method, at, policy_version_id, ip_enc, user_agent_enc from consent_records where user_id = $1 order by at", (r, s) => ({
      purpose: r.purpose,
      action: r.action,
      method: r.method,
      at: r.at,
      policyVersionId: r.policy_version_id,
      ipAddress: dec(s, "consent_records", "ip", r.id, r.ip_enc),
      userAgent: dec(s, "consent_records", "user_agent", r.id, r.user_agent_enc),
    })),
  },
  { name: "communicationPreferences", tables: ["communication_preferences"], collect: async ({ s, userId }) => s.preferences.get(userId) },
  { name: "professionalProfile", tables: ["professional_profiles"], collect: async ({ s, userId }) => s.profiles.get(userId) },
  {
    name: "organizations",
    tables: ["organization_members", "organization_invitations"],
    collect: async ({ s, userId }) => (await s.organizations.listForUser(userId)).map((o) => ({ id: o.id, name: o.name, role: o.viewerRole })),
  },
  {
    name: "programsCreated",
    tables: ["programs"],
    collect: async ({ em, s, userId }) => (await em.find(ProgramEntity, { where: { createdBy: userId } })).map((p) => s.programs.toView(p)),
  },
  {
    name: "applications",
    tables: ["applications", "application_events", "review_decisions", "review_scores", "evidence_files"],
    write: async ({ em, s, userId, pages }, out) => {
      out.open("array");
      const sql = "select id, kind, status, program_id, certification_type_id, statement_enc, submitted_at, decided_at, decision, decision_reason, created_at from applications where applicant_user_id = $1 order by created_at";
      for await (const apps of pages<Record<string, string>>(sql, [userId])) {
        const ids = apps.map((a) => a.id);
        const events = groupBy((await em.query("select application_id, from_status, to_status, reason, at from application_events where application_id = any($1) order by at, seq", [ids])) as Record<string, string>[], "application_id");
        const files = await s.evidence.listFor(ids);
        for (const [i, a] of apps.entries()) {
          await out.value({
            id: a.id,
            kind: a.kind,
            status: a.status,
            programId: a.program_id,
            statement: dec(s, "applications", "statement", a.id, a.statement_enc),
            submittedAt: a.submitted_at,
            decidedAt: a.decided_at,
            decision: a.decision,
            decisionReason: a.decision_reason,
            createdAt: a.created_at,
            timeline: (events.get(a.id) ?? []).map((e) => ({ from: e.from_status, to: e.to_status, reason: e.reason, at: e.at })),
            evidence: files[i].map((f) => ({ id: f.id, filename: f.filename, contentType: f.contentType, sizeBytes: f.sizeBytes, sha256: f.sha256, uploadedAt: f.createdAt })),
          });
        }
      }
      await out.close();
    },
  },
  {
    name: "messages",
    tables: ["messages", "support_requests"],
    write: async (c, out) => {
      out.open("object");
      await rows<Record<string, string>>("select id, kind, subject_enc, status, created_at, last_contact_at from support_requests where user_id = $1 order by created_at, id", (r, s) => ({
        id: r.id,
        kind: r.kind,
        subject: dec(s, "support_requests", "subject", r.id, r.subject_enc),
        status: r.status,
        createdAt: r.created_at,
        lastContactAt: r.last_contact_at,
      }))(c, out.key("supportRequests"));
      await rows<Record<string, string>>(
        `select m.id, m.thread_type, m.thread_id, m.from_staff, m.body_enc, m.created_at, (m.author_id = $1) as mine from messages m
          where (m.thread_type = 'APPLICATION' and m.thread_id in (select id from applications where applicant_user_id = $1))
             or (m.thread_type = 'SUPPORT' and m.thread_id in (select id from support_requests where user_id = $1))
          order by m.created_at, m.seq`,
        (m, s) => ({ id: m.id, thread: `${m.thread_type}:${m.thread_id}`, fromYou: Boolean(m.mine), fromStaff: Boolean(m.from_staff), body: dec(s, "messages", "body", m.id, m.body_enc), at: m.created_at }),
      )(c, out.key("messages"));
      await out.close();
    },
  },
  {
    name: "payments",
    tables: ["payments"],
    write: rows<Record<string, string | number>>("select * from payments where payer_user_id = $1 order by created_at", (p, s) => ({
      id: p.id,
      applicationId: p.application_id,
      amountCents: p.amount_cents,
      currency: p.currency,
      status: p.status,
      method: p.method,
      invoiceNumber: p.invoice_number,
      cardBrand: p.card_brand,
      cardLast4: p.card_last4,
      billingAddress: JSON.parse(dec(s, "payments", "billing_address", String(p.id), String(p.billing_address_enc)) ?? "null"),
      paidAt: p.paid_at,
      createdAt: p.created_at,
    })),
  },
  {
    name: "notifications",
    tables: ["notifications"],
    write: rows("select kind, title, body, link, read_at, created_at from notifications where user_id = $1 order by created_at"),
  },
  {
    name: "credentials",
    tables: ["credentials", "credential_verifications"],
    write: async ({ em, userId, pages }, out) => {
      out.open("array");
      for await (const creds of pages<Record<string, unknown>>("select id, number, status, status_reason, valid_from, valid_until, awarded_date, document from credentials where holder_user_id = $1 order by created_at", [userId])) {
        const logs = groupBy((await em.query("select credential_id, verifier_name, result, at from credential_verifications where credential_id = any($1) order by at", [creds.map((c) => c.id)])) as Record<string, unknown>[], "credential_id");
        for (const c of creds) {
          const verifiedBy = (logs.get(c.id) ?? []).map(({ verifier_name, result, at }) => ({ verifier_name, result, at }));
          await out.value({ id: c.id, number: c.number, status: c.status, statusReason: c.status_reason, validFrom: c.valid_from, validUntil: c.valid_until, awardedDate: c.awarded_date, signedCredential: c.document, verifiedBy });
        }
      }
      await out.close();
    },
  },
  {
    name: "usage",
    tables: ["usage_events"],
    write: rows("select kind, name, value, browser, os, device_type, occurred_at from usage_events where user_id = $1 order by occurred_at"),
  },
  {
    name: "privacyRequests",
    tables: ["privacy_requests"],
    write: rows<Record<string, string>>("select id, kind, status, details_enc, corrections_enc, received_at, due_at, completed_at from privacy_requests where user_id = $1 order by received_at", (r, s) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      details: dec(s, "privacy_requests", "details", r.id, r.details_enc),
      corrections: r.corrections_enc ? (JSON.parse(dec(s, "privacy_requests", "corrections", r.id, r.corrections_enc)!) as unknown) : [],
      receivedAt: r.received_at,
      dueAt: r.due_at,
      completedAt: r.completed_at,
    })),
  },
];

/** Where data is processed and who processes it for us (POL-SHARE-NOSALE, POL-INTL-TRANSFER). */
export const PROCESSING_FACTS = {
  location: "United States",
  transferSafeguards: ["Standard contractual clauses approved by relevant authorities", "Encryption in transit (TLS) and at rest (AES-256-GCM field encryption)", "Compliance with applicable data protection regulations"],
  sale: "We do not sell, rent or trade personal information.",
  subProcessors: [
    { name: "Payment processor (Stripe)", purpose: "Card payments of application fees", data: "billing details entered on the processor's page" },
    { name: "Cloud hosting provider", purpose: "Hosting and data storage", data: "all platform data, encrypted" },
    { name: "E-mail delivery provider", purpose: "Sending account and certification e-mails", data: "e-mail address and message content" },
  ],
};

export const EXPORT_JSON_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "/api/privacy/export-schema.json",
  title: "CareCorePlus personal data export",
  type: "object",
  required: ["format", "generatedAt", "subject", "processing", "sections"],
  properties: {
    format: { const: "carecoreplus.personal-data-export.v1" },
    generatedAt: { type: "string", format: "date-time" },
    subject: { type: "object", properties: { userId: { type: "string" } }, required: ["userId"] },
    processing: { type: "object", description: "Where and by whom data is processed" },
    sections: {
      type: "object",
      properties: Object.fromEntries(EXPORT_SECTIONS.map((s) => [s.name, { description: `Rows of: ${s.tables.join(", ")}` }])),
      required: EXPORT_SECTIONS.map((s) => s.name),
    },
  },
};
