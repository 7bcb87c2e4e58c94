import { randomInt, randomUUID } from "node:crypto";
import { type DataSource, type EntityManager, In } from "typeorm";
import { sha256Hex } from "../../common/crypto/tokens";
import type { Services } from "../../app/services";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import { isUuid } from "../../common/ids";
import { queryRows } from "../../database/query";
import type { JobQueue } from "../../common/jobs/job-queue";
import type { AuditActor, AuditService } from "../audit/audit.service";
import { hasRecentAuth, isStaff, type Viewer } from "../auth/viewer";
import type { NotificationService } from "../notifications/notification.service";
import { mailTemplates } from "../mail/mail.templates";
import { UserEntity } from "../users/user.entity";
import type { ErasureService } from "./erasure.service";
import { ChunkSink, exportChunkAad, JsonStreamWriter } from "./export-writer";
import { cursorPages, readExportChunks, readLegacyExport, writeExportDocument } from "./privacy-export";
import { EXPORT_SECTIONS, type ExportContext } from "./personal-data.registry";
import { type PrivacyIdentityCheck, type PrivacyRequestKind, PrivacyRequestEntity } from "./privacy-request.entity";
import { PrivacyVerificationEntity } from "./privacy-verification.entity";
import { type Correction, CORRECTION_COLUMN, validateCorrections } from "./privacy-correction.rules";

export const PRIVACY_EXPORT_JOB = "privacy.export";
export const PRIVACY_REMIND_JOB = "privacy.remind";
export const RESPONSE_DAYS = 30;
export const MAX_EXTENSION_DAYS = 60;
export const EXPORT_TTL_MS = 7 * 86_400_000;
const DAY = 86_400_000;

/** Data-subject requests: step-up identity, 30-day deadline, exports, staff decisions (POL-RIGHT-*). */
export class PrivacyRequestService {
  private services!: Services;

  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly erasure: ErasureService,
  ) {}

  /** The export reads through every service; wired after construction. */
  attach(services: Services): void {
    this.services = services;
  }

  text(r: PrivacyRequestEntity, column: "details" | "extension_reason" | "outcome"): string | null {
    const v = column === "details" ? r.detailsEnc : column === "outcome" ? r.outcomeEnc : r.extensionReasonEnc;
    return v ? this.crypto.decrypt(aadFor("privacy_requests", column, r.id), v) : null;
  }

  /** The proposed corrections of a CORRECTION request (empty when none were named, or once erased). */
  corrections(r: PrivacyRequestEntity): Correction[] {
    return r.correctionsEnc ? (JSON.parse(this.crypto.decrypt(aadFor("privacy_requests", "corrections", r.id), r.correctionsEnc)) as Correction[]) : [];
  }

  async create(
    viewer: Viewer,
    actor: AuditActor,
    input: { kind: PrivacyRequestKind; details?: string | null; corrections?: readonly { field: string; proposedValue: string }[] | null },
    outer?: EntityManager,
    identityCheck: PrivacyIdentityCheck = "STEP_UP_SIGN_IN",
  ): Promise<Result<PrivacyRequestEntity>> {
    if (!hasRecentAuth(viewer, this.clock.now())) {
      return fail(userError("STEP_UP_REQUIRED", "To protect your data, please sign in again (within the last 10 minutes) before making this request."));
    }
    const details = input.details?.trim() ?? "";
    if (details.length > 5000) return fail(userError("INVALID", "Describe the request in at most 5,000 characters.", "details"));
    const named = input.corrections ?? [];
    if (named.length > 0 && input.kind !== "CORRECTION") return fail(userError("INVALID", "Only a correction request can name fields to change.", "corrections"));
    const checked = validateCorrections(named, this.clock.now());
    if (!checked.ok) return checked;
    const corrections = checked.value;
    if (input.kind === "CORRECTION" && corrections.length === 0 && details.length < 5) return fail(userError("INVALID", "Tell us what is wrong and what it should say.", "details"));
    const work = async (em: EntityManager): Promise<Result<PrivacyRequestEntity>> => {
      const id = randomUUID();
      const now = this.clock.now();
      const r = em.create(PrivacyRequestEntity, {
        id,
        userId: viewer.userId,
        kind: input.kind,
        status: "RECEIVED",
        detailsEnc: details ? this.crypto.encrypt(aadFor("privacy_requests", "details", id), details) : null,
        correctionsEnc: corrections.length ? this.crypto.encrypt(aadFor("privacy_requests", "corrections", id), JSON.stringify(corrections)) : null,
        identityCheck,
        exportSectionsDone: input.kind === "ACCESS" || input.kind === "EXPORT" ? 0 : null,
        exportSectionsTotal: input.kind === "ACCESS" || input.kind === "EXPORT" ? EXPORT_SECTIONS.length : null,
        receivedAt: now,
        dueAt: new Date(now.getTime() + RESPONSE_DAYS * DAY),
        extensionReasonEnc: null,
        outcomeEnc: null,
        completedAt: null,
        handledBy: null,
        exportEnc: null,
        exportExpiresAt: null,
        remindedAt: null,
        createdAt: now,
      });
      await em.insert(PrivacyRequestEntity, r);
      await this.audit.record(em, actor, { action: "privacy_request.received", targetType: "privacy_request", targetId: id, metadata: { kind: input.kind, identityCheck, fields: corrections.map((c) => c.field) } });
      if (input.kind === "ACCESS" || input.kind === "EXPORT") await this.jobs.enqueue(em, PRIVACY_EXPORT_JOB, { id });
      await this.notifications.notify(em, {
        userId: viewer.userId,
        kind: "privacy.received",
        title: "We received your privacy request",
        body: `We will answer by ${r.dueAt.toISOString().slice(0, 10)} at the latest.`,
        link: "/app/privacy",
        email: "ESSENTIAL",
      });
      return ok(r);
    };
    return outer ? work(outer) : this.ds.transaction(work);
  }

  /**
   * For someone who cannot sign in: e-mail a 6-digit code to the account's address (nothing is sent
   * when there is no account, and the answer is the same either way).
   */
  async start(input: { email: string; kind: PrivacyRequestKind; details?: string | null; corrections?: readonly { field: string; proposedValue: string }[] | null }): Promise<Result<string>> {
    const email = String(input.email ?? "").trim().slice(0, 254);
    if (!email.includes("@")) return fail(userError("INVALID", "Enter the e-mail address of your account.", "email"));
    const details = input.details?.trim() ?? "";
    if (details.length > 5000) return fail(userError("INVALID", "Describe the request in at most 5,000 characters.", "details"));
    // The same request rules as create(), checked now so the person is not sent a code for a request that would fail.
    const named = input.corrections ?? [];
    if (named.length > 0 && input.kind !== "CORRECTION") return fail(userError("INVALID", "Only a correction request can name fields to change.", "corrections"));
    const checked = validateCorrections(named, this.clock.now());
    if (!checked.ok) return checked;
    if (input.kind === "CORRECTION" && checked.value.length === 0 && details.length < 5) return fail(userError("INVALID", "Tell us what is wrong and what it should say.", "details"));
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    const id = randomUUID();
    const now = this.clock.now();
    const user = await this.ds.manager.findOne(UserEntity, { where: { emailIndex: this.crypto.emailIndex(email) } });
    await this.ds.transaction(async (em) => {
      await em.insert(PrivacyVerificationEntity, {
        id,
        emailIndex: this.crypto.emailIndex(email),
        kind: input.kind,
        detailsEnc: details ? this.crypto.encrypt(aadFor("privacy_request_verifications", "details", id), details) : null,
        correctionsEnc: checked.value.length ? this.crypto.encrypt(aadFor("privacy_request_verifications", "corrections", id), JSON.stringify(checked.value)) : null,
        codeHash: sha256Hex(`${id}:${code}`),
        attempts: 0,
        expiresAt: new Date(now.getTime() + 30 * 60_000),
        usedAt: null,
        createdAt: now,
      });
      if (user && !user.erasedAt) {
        await this.services.mail.enqueue(em, {
          userId: user.id,
          to: this.crypto.decrypt(aadFor("users", "email", user.id), user.emailEnc),
          template: "privacyCode",
          category: "ESSENTIAL",
          content: mailTemplates.privacyCode(user.language, { firstName: this.crypto.decrypt(aadFor("users", "first_name", user.id), user.firstNameEnc), code }),
        });
      }
    });
    return ok(id);
  }

  /** Confirm with the code; the request is then recorded for the account like any other. */
  async confirm(verificationId: string, code: string): Promise<Result<PrivacyRequestEntity>> {
    const invalid = fail<PrivacyRequestEntity>(userError("INVALID_CODE", "That code is not right or has expired. Ask for a new one.", "code"));
    if (!isUuid(verificationId) || !/^\d{6}$/.test(String(code ?? ""))) return invalid;
    return this.ds.transaction(async (em) => {
      const v = await em.findOne(PrivacyVerificationEntity, { where: { id: verificationId }, lock: { mode: "pessimistic_write" } });
      const now = this.clock.now();
      if (!v || v.usedAt || v.expiresAt <= now || v.attempts >= 5) return invalid;
      if (sha256Hex(`${v.id}:${code}`) !== v.codeHash) {
        await em.update(PrivacyVerificationEntity, { id: v.id }, { attempts: v.attempts + 1 });
        return invalid;
      }
      const user = await em.findOne(UserEntity, { where: { emailIndex: v.emailIndex } });
      if (!user || user.erasedAt) return invalid;
      await em.update(PrivacyVerificationEntity, { id: v.id }, { usedAt: now });
      const details = v.detailsEnc ? this.crypto.decrypt(aadFor("privacy_request_verifications", "details", v.id), v.detailsEnc) : null;
      const named = v.correctionsEnc ? (JSON.parse(this.crypto.decrypt(aadFor("privacy_request_verifications", "corrections", v.id), v.correctionsEnc)) as Correction[]) : [];
      const corrections = named.map((c) => ({ field: c.field, proposedValue: c.proposed ?? "" }));
      const viewer = { userId: user.id, sessionId: v.id, roles: user.roles, mfaEnabled: user.totpEnabledAt !== null, emailVerified: true, authTime: now };
      const created = await this.create(viewer, { type: "USER", userId: user.id, requestId: null }, { kind: v.kind, details, corrections }, em, "EMAILED_CODE");
      return created;
    });
  }

  /**
   * Remind every admin of open requests due within 7 days (or overdue), once per request
   * (POL-RIGHT-30DAYS). Runs daily.
   */
  async remindStaff(): Promise<number> {
    const now = this.clock.now();
    return this.ds.transaction(async (em) => {
      const due = await queryRows<{ id: string; kind: string; due_at: Date }>(
        em,
        "update privacy_requests set reminded_at = $1 where status in ('RECEIVED','IN_PROGRESS') and reminded_at is null and due_at <= $2 returning id, kind, due_at",
        [now, new Date(now.getTime() + 7 * DAY)],
      );
      if (due.length === 0) return 0;
      const admins: { id: string }[] = await em.query("select id from users where 'ADMIN' = any(roles) and disabled_at is null");
      for (const a of admins) {
        for (const r of due) {
          await this.notifications.notify(em, {
            userId: a.id,
            kind: "privacy.due_soon",
            title: r.due_at <= now ? `A ${r.kind.toLowerCase()} request is overdue` : `A ${r.kind.toLowerCase()} request is due on ${r.due_at.toISOString().slice(0, 10)}`,
            body: "Answer it in the privacy requests list; the law gives 30 days.",
            link: "/admin/privacy-requests",
          });
        }
      }
      return due.length;
    });
  }

  /**
   * Write the JSON export from the personal-data registry into encrypted chunks (job; idempotent).
   * The document is streamed section by section and row by row, so memory holds one page of rows
   * and one chunk, whatever the size of the account. The rows come from one read-only snapshot.
   */
  async runExport(id: string): Promise<PrivacyRequestEntity | null> {
    const r = await this.ds.manager.findOne(PrivacyRequestEntity, { where: { id } });
    if (!r || !r.userId || r.status === "COMPLETED" || r.status === "REJECTED") return r;
    const userId = r.userId;
    const total = EXPORT_SECTIONS.length;
    // Two connections: a read-only snapshot the sections read from, and the transaction the chunks
    // are written in. The chunks become visible with the COMPLETED status, or not at all: a failed
    // attempt leaves nothing behind and a retry starts from scratch.
    const reader = this.ds.createQueryRunner();
    const writer = this.ds.createQueryRunner();
    try {
      await reader.connect();
      await writer.connect();
      await reader.startTransaction("REPEATABLE READ");
      await reader.query("set transaction read only");
      // One run per request at a time: a retry that overlaps a slow first attempt waits for the next retry.
      const [{ locked }] = (await reader.query("select pg_try_advisory_xact_lock(hashtextextended($1, 0)) as locked", [`privacy_export:${id}`])) as { locked: boolean }[];
      if (!locked) throw new Error(`export ${id} is being written by another worker`);
      await writer.startTransaction();
      await writer.query("delete from privacy_export_chunks where request_id = $1", [id]);
      // Only while still open: staff may have closed the request since the job was queued.
      await this.ds.manager.update(PrivacyRequestEntity, { id, status: In(["RECEIVED", "IN_PROGRESS"]) }, { status: "IN_PROGRESS", exportSectionsDone: 0, exportSectionsTotal: total });
      const sink = new ChunkSink(async (seq, data) => {
        await writer.query("insert into privacy_export_chunks (request_id, seq, data_enc) values ($1, $2, $3)", [id, seq, this.crypto.encryptBytes(exportChunkAad(id, seq), data)]);
      });
      const ctx: ExportContext = { em: reader.manager, s: this.services, userId, pages: (sql, params, size) => cursorPages(reader, sql, params, size) };
      await writeExportDocument(new JsonStreamWriter(sink), ctx, this.clock.now(), async (done) => {
        // Committed after each section so the privacy center can show how far the export has got.
        await this.ds.manager.update(PrivacyRequestEntity, { id }, { exportSectionsDone: done });
      });
      await reader.commitTransaction();
      const completed = await this.completeExport(writer.manager, id, userId, { bytes: sink.bytes, chunks: sink.chunks });
      if (!completed) {
        // Completed meanwhile by an earlier attempt: keep that one.
        await writer.rollbackTransaction();
        return this.ds.manager.findOne(PrivacyRequestEntity, { where: { id } });
      }
      await writer.commitTransaction();
      return completed;
    } catch (err) {
      for (const qr of [reader, writer]) if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
      throw err;
    } finally {
      await reader.release();
      await writer.release();
    }
  }

  /** The "completed" step of an export, in the transaction that wrote its chunks: status, expiry, audit, notice. */
  private async completeExport(em: EntityManager, id: string, userId: string, written: { bytes: number; chunks: number }): Promise<PrivacyRequestEntity | null> {
    const locked = await em.findOneOrFail(PrivacyRequestEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (locked.status === "COMPLETED") return null;
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + EXPORT_TTL_MS);
    await em.update(PrivacyRequestEntity, { id }, { status: "COMPLETED", completedAt: now, exportSectionsDone: EXPORT_SECTIONS.length, exportEnc: null, exportExpiresAt: expiresAt });
    await this.audit.record(em, { type: "SYSTEM", userId: null, requestId: null }, { action: "privacy_request.exported", targetType: "privacy_request", targetId: id, metadata: written });
    await this.notifications.notify(em, { userId, kind: "privacy.export_ready", title: "Your data export is ready", body: "Download it from your privacy center within 7 days.", link: "/app/privacy", email: "ESSENTIAL" });
    return { ...locked, status: "COMPLETED", completedAt: now, exportExpiresAt: expiresAt };
  }

  /**
   * The export file, for its requester only, until it expires: its decrypted chunks in order, read
   * one at a time as the caller consumes them (null when there is nothing to download).
   */
  async download(viewer: Viewer, id: string): Promise<AsyncIterable<Buffer> | null> {
    if (!isUuid(id)) return null;
    const r = await this.ds.manager.findOne(PrivacyRequestEntity, { where: { id } });
    if (!r || r.userId !== viewer.userId || !r.exportExpiresAt || r.exportExpiresAt <= this.clock.now()) return null;
    const [{ chunks, legacy }] = await queryRows<{ chunks: number; legacy: boolean }>(
      this.ds.manager,
      "select (select count(*) from privacy_export_chunks where request_id = $1)::int as chunks, export_enc is not null as legacy from privacy_requests where id = $1",
      [id],
    );
    if (chunks === 0 && !legacy) return null;
    return chunks > 0 ? readExportChunks(this.ds.manager, this.crypto, id, chunks) : readLegacyExport(this.ds.manager, this.crypto, id);
  }

  async get(viewer: Viewer, id: string): Promise<PrivacyRequestEntity | null> {
    if (!isUuid(id)) return null;
    const r = await this.ds.manager.findOne(PrivacyRequestEntity, { where: { id } });
    return r && (r.userId === viewer.userId || viewer.roles.includes("ADMIN")) ? r : null;
  }

  mine(userId: string) {
    return this.ds.manager.find(PrivacyRequestEntity, { where: { userId }, order: { receivedAt: "DESC" } });
  }

  async list(filter: { status?: string | null; kind?: string | null; overdue?: boolean | null }, limit: number, offset: number) {
    const qb = this.ds.manager.createQueryBuilder(PrivacyRequestEntity, "r");
    if (filter.status) qb.andWhere("r.status = :status", { status: filter.status });
    if (filter.kind) qb.andWhere("r.kind = :kind", { kind: filter.kind });
    if (filter.overdue) qb.andWhere("r.status in ('RECEIVED','IN_PROGRESS') and r.due_at < :now", { now: this.clock.now() });
    const [items, total] = await qb.orderBy("r.due_at", "ASC").addOrderBy("r.id").skip(offset).take(limit).getManyAndCount();
    return { items, total };
  }

  /** Staff close a request (complete with an outcome, reject with a reason, or extend the deadline). */
  async decide(viewer: Viewer, actor: AuditActor, id: string, action: "COMPLETE" | "REJECT" | "EXTEND", text: string, days = 0): Promise<Result<PrivacyRequestEntity>> {
    if (!isStaff(viewer)) return fail(userError("NOT_FOUND", "No such request.", "id"));
    const note = String(text ?? "").trim();
    if (note.length < 3 || note.length > 5000) return fail(userError("INVALID", "Explain it to the requester (3–5,000 characters).", action === "COMPLETE" ? "outcome" : "reason"));
    if (!isUuid(id)) return fail(userError("NOT_FOUND", "No such request.", "id"));
    return this.ds.transaction(async (em) => {
      const r = await em.findOne(PrivacyRequestEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!r) return fail(userError("NOT_FOUND", "No such request.", "id"));
      if (r.status === "COMPLETED" || r.status === "REJECTED") return fail(userError("ALREADY_CLOSED", "This request is already closed."));
      const now = this.clock.now();
      if (action === "EXTEND") {
        const maxDue = r.receivedAt.getTime() + (RESPONSE_DAYS + MAX_EXTENSION_DAYS) * DAY;
        const next = r.dueAt.getTime() + days * DAY;
        if (!Number.isInteger(days) || days < 1 || next > maxDue) return fail(userError("INVALID", `The deadline can be extended by up to ${MAX_EXTENSION_DAYS} days in total.`, "days"));
        r.dueAt = new Date(next);
        r.status = "IN_PROGRESS";
        r.extensionReasonEnc = this.crypto.encrypt(aadFor("privacy_requests", "extension_reason", r.id), note);
      } else {
        let outcome = note;
        if (action === "COMPLETE" && r.kind === "DELETION" && r.userId) {
          // Completing a verified deletion request erases the account now, and says what was kept and why.
          const person = this.services.users.toView(await em.findOneOrFail(UserEntity, { where: { id: r.userId } }));
          const report = await this.erasure.eraseUser(em, r.userId, actor, r.id);
          // The last message goes out after the erasure; the outbox forgets the address once it is sent.
          await this.services.mail.enqueue(em, {
            userId: null,
            to: person.email,
            template: "accountDeleted",
            category: "ESSENTIAL",
            content: mailTemplates.accountDeleted(person.language, { firstName: person.firstName, note }),
          });
          outcome = `${note}\n\nErased: ${report.erased.filter((e) => e.rows > 0).map((e) => `${e.table} (${e.what})`).join("; ")}.\nKept: ${report.kept.map((k) => `${k.table} — ${k.why}`).join("; ")}.`;
        }
        if (action === "COMPLETE" && r.kind === "CORRECTION" && r.userId && r.correctionsEnc) {
          const applied = await this.applyCorrections(em, actor, r);
          if (!applied.ok) return fail(...applied.errors);
        }
        r.status = action === "COMPLETE" ? "COMPLETED" : "REJECTED";
        r.completedAt = now;
        r.outcomeEnc = this.crypto.encrypt(aadFor("privacy_requests", "outcome", r.id), outcome);
      }
      r.handledBy = viewer.userId;
      await em.save(r);
      await this.audit.record(em, actor, { action: `privacy_request.${action.toLowerCase()}`, targetType: "privacy_request", targetId: r.id, metadata: { kind: r.kind } });
      if (r.userId && !(action === "COMPLETE" && r.kind === "DELETION")) {
        const title = action === "EXTEND" ? "We need more time for your privacy request" : action === "COMPLETE" ? "Your privacy request is complete" : "We could not carry out your privacy request";
        await this.notifications.notify(em, { userId: r.userId, kind: `privacy.${action.toLowerCase()}`, title, body: note, link: "/app/privacy", email: "ESSENTIAL" });
      }
      return ok(r);
    });
  }

  /**
   * Approving a correction writes the proposed values into the account in the decision's transaction
   * (POL-RIGHT-CORRECT). The audit event names the fields, never the values.
   */
  private async applyCorrections(em: EntityManager, actor: AuditActor, r: PrivacyRequestEntity): Promise<Result<UserEntity>> {
    const user = await em.findOne(UserEntity, { where: { id: r.userId! }, lock: { mode: "pessimistic_write" } });
    if (!user || user.erasedAt) return fail(userError("ACCOUNT_ERASED", "The account has been erased; there is nothing left to correct. Reject the request instead."));
    const corrections = this.corrections(r);
    const update: Partial<UserEntity> = { updatedAt: this.clock.now() };
    for (const c of corrections) {
      const column = CORRECTION_COLUMN[c.field];
      const envelope = c.proposed === null ? null : this.crypto.encrypt(aadFor("users", column, user.id), c.proposed);
      if (column === "first_name") update.firstNameEnc = envelope!;
      else if (column === "last_name") update.lastNameEnc = envelope!;
      else if (column === "date_of_birth") update.dateOfBirthEnc = envelope!;
      else if (column === "phone") update.phoneEnc = envelope;
      else update.organizationNameEnc = envelope;
    }
    await em.update(UserEntity, { id: user.id }, update);
    await this.audit.record(em, actor, { action: "user.corrected", targetType: "user", targetId: user.id, metadata: { privacyRequestId: r.id, fields: corrections.map((c) => c.field) } });
    return ok(user);
  }
}
