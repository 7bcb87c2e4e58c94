import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import type { ApplicationService } from "../applications/application.service";
import type { AuditActor, AuditService } from "../audit/audit.service";
import { isStaff, type Viewer } from "../auth/viewer";
import type { NotificationService } from "../notifications/notification.service";
import { MessageEntity, type SupportKind, SupportRequestEntity, type SupportStatus, type ThreadType } from "./message.entity";
import { isUuid } from "../../common/ids";

export interface MessageView {
  id: string;
  threadType: ThreadType;
  threadId: string;
  authorId: string;
  fromStaff: boolean;
  body: string;
  createdAt: Date;
}

export const MAX_MESSAGE = 10_000;

function checkBody(body: string): Result<string> {
  const text = String(body ?? "").trim();
  if (!text) return fail(userError("INVALID", "Write a message first.", "body"));
  if (text.length > MAX_MESSAGE) return fail(userError("INVALID", "Messages are at most 10,000 characters.", "body"));
  return ok(text);
}

/** Application threads between applicant and reviewers, and support requests/feedback. */
export class MessageService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly applications: ApplicationService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
  ) {}

  toView(m: MessageEntity): MessageView {
    return { id: m.id, threadType: m.threadType, threadId: m.threadId, authorId: m.authorId, fromStaff: m.fromStaff, body: this.crypto.decrypt(aadFor("messages", "body", m.id), m.bodyEnc), createdAt: m.createdAt };
  }

  private async insert(em: EntityManager, viewer: Viewer, threadType: ThreadType, threadId: string, body: string): Promise<MessageEntity> {
    const id = randomUUID();
    const m = em.create(MessageEntity, { id, threadType, threadId, authorId: viewer.userId, fromStaff: isStaff(viewer), bodyEnc: this.crypto.encrypt(aadFor("messages", "body", id), body), createdAt: this.clock.now() });
    await em.insert(MessageEntity, m);
    return m;
  }

  async sendOnApplication(viewer: Viewer, actor: AuditActor, applicationId: string, rawBody: string): Promise<Result<MessageView>> {
    const body = checkBody(rawBody);
    if (!body.ok) return body;
    return this.ds.transaction(async (em) => {
      const found = await this.applications.lockVisible(em, viewer, applicationId);
      if (!found) return fail(userError("NOT_FOUND", "No such application.", "id"));
      const { app } = found;
      const m = await this.insert(em, viewer, "APPLICATION", app.id, body.value);
      await this.audit.record(em, actor, { action: "message.sent", targetType: "application", targetId: app.id, metadata: { messageId: m.id } });
      if (m.fromStaff) {
        await this.notifications.notify(em, { userId: app.applicantUserId, kind: "message.received", title: "New message about your application", body: "A reviewer wrote to you. Open CareCorePlus to read and reply.", link: `/app/applications/${app.id}` });
      } else if (app.assigneeId) {
        await this.notifications.notify(em, { userId: app.assigneeId, kind: "message.received", title: "The applicant replied", body: "There is a new message on an application you review.", link: `/admin/applications/${app.id}` });
      }
      return ok(this.toView(m));
    });
  }

  /** Messages of many threads (one query), oldest first. */
  async listFor(threadType: ThreadType, threadIds: readonly string[]): Promise<MessageView[][]> {
    const rows = await this.ds.manager
      .createQueryBuilder(MessageEntity, "m")
      .where("m.thread_type = :t and m.thread_id in (:...ids)", { t: threadType, ids: [...threadIds] })
      .orderBy("m.created_at", "ASC")
      .addOrderBy("m.seq", "ASC")
      .getMany();
    const views = rows.map((r) => this.toView(r));
    return threadIds.map((id) => views.filter((v) => v.threadId === id));
  }

  /** The newest message of each thread (one query, for list screens). */
  async lastFor(threadType: ThreadType, threadIds: readonly string[]): Promise<(MessageView | null)[]> {
    const rows: MessageEntity[] = await this.ds.manager
      .createQueryBuilder(MessageEntity, "m")
      .distinctOn(["m.thread_id"])
      .where("m.thread_type = :t and m.thread_id in (:...ids)", { t: threadType, ids: [...threadIds] })
      .orderBy("m.thread_id")
      .addOrderBy("m.created_at", "DESC")
      .addOrderBy("m.seq", "DESC")
      .getMany();
    const byThread = new Map(rows.map((r) => [r.threadId, this.toView(r)]));
    return threadIds.map((id) => byThread.get(id) ?? null);
  }

  // --- support requests and feedback ---

  subjectOf(r: SupportRequestEntity): string {
    return this.crypto.decrypt(aadFor("support_requests", "subject", r.id), r.subjectEnc);
  }

  async createSupport(viewer: Viewer, actor: AuditActor, input: { kind: SupportKind; subject: string; body: string }): Promise<Result<SupportRequestEntity>> {
    const subject = String(input.subject ?? "").trim();
    if (subject.length < 3 || subject.length > 200) return fail(userError("INVALID", "Give a subject of 3 to 200 characters.", "subject"));
    const body = checkBody(input.body);
    if (!body.ok) return body;
    return this.ds.transaction(async (em) => {
      const id = randomUUID();
      const now = this.clock.now();
      const r = em.create(SupportRequestEntity, { id, userId: viewer.userId, kind: input.kind, subjectEnc: this.crypto.encrypt(aadFor("support_requests", "subject", id), subject), status: "OPEN", createdAt: now, lastContactAt: now, closedAt: null });
      await em.insert(SupportRequestEntity, r);
      await this.insert(em, viewer, "SUPPORT", id, body.value);
      await this.audit.record(em, actor, { action: "support.created", targetType: "support_request", targetId: id, metadata: { kind: input.kind } });
      return ok(r);
    });
  }

  private async lockSupport(em: EntityManager, viewer: Viewer, id: string): Promise<SupportRequestEntity | null> {
    if (!isUuid(id)) return null;
    const r = await em.findOne(SupportRequestEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
    return r && (r.userId === viewer.userId || isStaff(viewer)) ? r : null;
  }

  async replySupport(viewer: Viewer, actor: AuditActor, id: string, rawBody: string): Promise<Result<SupportRequestEntity>> {
    const body = checkBody(rawBody);
    if (!body.ok) return body;
    return this.ds.transaction(async (em) => {
      const r = await this.lockSupport(em, viewer, id);
      if (!r) return fail(userError("NOT_FOUND", "No such request.", "id"));
      if (r.status === "CLOSED") return fail(userError("CLOSED", "This request is closed; open a new one."));
      await this.insert(em, viewer, "SUPPORT", r.id, body.value);
      const staffReply = isStaff(viewer) && r.userId !== viewer.userId;
      r.status = staffReply ? "ANSWERED" : "OPEN";
      r.lastContactAt = this.clock.now();
      await em.save(r);
      await this.audit.record(em, actor, { action: "support.replied", targetType: "support_request", targetId: r.id });
      if (staffReply) {
        await this.notifications.notify(em, { userId: r.userId, kind: "support.replied", title: "We replied to your request", body: "Our team answered your support request.", link: `/app/support/${r.id}`, email: "ESSENTIAL" });
      }
      return ok(r);
    });
  }

  async closeSupport(viewer: Viewer, actor: AuditActor, id: string): Promise<Result<SupportRequestEntity>> {
    return this.ds.transaction(async (em) => {
      const r = await this.lockSupport(em, viewer, id);
      if (!r) return fail(userError("NOT_FOUND", "No such request.", "id"));
      if (r.status === "CLOSED") return ok(r);
      r.status = "CLOSED";
      r.closedAt = this.clock.now();
      await em.save(r);
      await this.audit.record(em, actor, { action: "support.closed", targetType: "support_request", targetId: r.id });
      return ok(r);
    });
  }

  async getSupport(viewer: Viewer, id: string): Promise<SupportRequestEntity | null> {
    if (!isUuid(id)) return null;
    const r = await this.ds.manager.findOne(SupportRequestEntity, { where: { id } });
    return r && (r.userId === viewer.userId || isStaff(viewer)) ? r : null;
  }

  /** Your requests; staff see everyone's. */
  listSupport(viewer: Viewer, status: SupportStatus | null, limit: number, offset: number) {
    return this.ds.manager.findAndCount(SupportRequestEntity, {
      where: { ...(isStaff(viewer) ? {} : { userId: viewer.userId }), ...(status ? { status } : {}) },
      order: { lastContactAt: "DESC", id: "ASC" },
      take: limit,
      skip: offset,
    });
  }
}
