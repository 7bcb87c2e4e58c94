import { randomUUID } from "node:crypto";
import { type DataSource, type EntityManager, In, IsNull } from "typeorm";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import { isUuid } from "../../common/ids";
import { queryRows } from "../../database/query";
import type { AuditActor, AuditService } from "../audit/audit.service";
import type { MailService } from "../mail/mail.service";
import { mailTemplates } from "../mail/mail.templates";
import type { ErasureService } from "../privacy/erasure.service";
import { UserEntity } from "../users/user.entity";
import { ChildReportEntity, IncidentAffectedUserEntity, IncidentEntity } from "./incident.entity";

export const NOTIFY_WITHIN_MS = 72 * 3600_000;

const closedError = () => userError("INCIDENT_CLOSED", "This incident is closed and can no longer be changed.", "id");

/** The incident register and breach notices (POL-SEC-INCIDENT, POL-BREACH-72H), and child reports (POL-CHILD-18). */
export class IncidentService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly mail: MailService,
    private readonly erasure: ErasureService,
    private readonly audit: AuditService,
  ) {}

  description(i: IncidentEntity): string {
    return this.crypto.decrypt(aadFor("incidents", "description", i.id), i.descriptionEnc);
  }

  async create(actor: AuditActor & { userId: string }, input: { title: string; description: string; awareAt: Date; dataCategories: string[]; likelyConsequences?: string | null; measuresTaken?: string | null }): Promise<Result<IncidentEntity>> {
    const title = String(input.title ?? "").trim();
    const description = String(input.description ?? "").trim();
    const awareAt = new Date(input.awareAt);
    if (title.length < 3 || title.length > 200) return fail(userError("INVALID", "Give the incident a short title (3–200 characters).", "title"));
    if (description.length < 10 || description.length > 20_000) return fail(userError("INVALID", "Describe what happened (10–20,000 characters).", "description"));
    if (Number.isNaN(awareAt.getTime()) || awareAt > this.clock.now()) return fail(userError("INVALID", "When did we become aware? It cannot be in the future.", "awareAt"));
    const categories = [...new Set((input.dataCategories ?? []).map((c) => String(c).trim()).filter(Boolean))].slice(0, 30);
    const id = randomUUID();
    const incident = this.ds.manager.create(IncidentEntity, {
      id,
      title,
      descriptionEnc: this.crypto.encrypt(aadFor("incidents", "description", id), description),
      awareAt,
      notifyBy: new Date(awareAt.getTime() + NOTIFY_WITHIN_MS),
      dataCategories: categories,
      likelyConsequences: input.likelyConsequences?.trim() || null,
      measuresTaken: input.measuresTaken?.trim() || null,
      status: "OPEN",
      createdBy: actor.userId,
      createdAt: this.clock.now(),
      notifiedAt: null,
    });
    await this.ds.transaction(async (em) => {
      await em.insert(IncidentEntity, incident);
      await this.audit.record(em, actor, { action: "incident.registered", targetType: "incident", targetId: id, metadata: { categories } });
    });
    return ok(incident);
  }

  list() {
    return this.ds.manager.find(IncidentEntity, { order: { awareAt: "DESC" } });
  }

  get(id: string) {
    return isUuid(id) ? this.ds.manager.findOne(IncidentEntity, { where: { id } }) : Promise.resolve(null);
  }

  /** Batch load for DataLoader: the affected people of many incidents in one query, in the order asked. */
  async affectedFor(incidentIds: readonly string[]): Promise<IncidentAffectedUserEntity[][]> {
    const rows = await this.ds.manager.find(IncidentAffectedUserEntity, { where: { incidentId: In([...incidentIds]) }, order: { addedAt: "ASC", id: "ASC" } });
    return incidentIds.map((id) => rows.filter((r) => r.incidentId === id));
  }

  /** Lock an incident that may still change; a closed one answers INCIDENT_CLOSED. */
  private async lockOpen(em: EntityManager, id: string): Promise<Result<IncidentEntity>> {
    const incident = isUuid(id) ? await em.findOne(IncidentEntity, { where: { id }, lock: { mode: "pessimistic_write" } }) : null;
    if (!incident) return fail(userError("NOT_FOUND", "No such incident.", "id"));
    if (incident.status === "CLOSED") return fail(closedError());
    return ok(incident);
  }

  /**
   * Add affected people: by id, and/or everyone the audit log shows acting or acted upon in a time
   * window (optionally for one action), e.g. all accounts whose data an attacker's session touched.
   * Staff found in the log (often the ones investigating) are not added; add them by id if needed.
   */
  async addAffected(actor: AuditActor, incidentId: string, input: { userIds?: string[] | null; auditFrom?: Date | null; auditTo?: Date | null; auditAction?: string | null }): Promise<Result<number>> {
    const found = await this.get(incidentId);
    if (!found) return fail(userError("NOT_FOUND", "No such incident.", "id"));
    if (found.status === "CLOSED") return fail(closedError());
    const ids = new Set((input.userIds ?? []).filter(isUuid));
    if (input.auditFrom && input.auditTo) {
      const rows: { id: string }[] = await this.ds.query(
        `select distinct x.id from (
           select actor_user_id as id from audit_events where at between $1 and $2 and ($3::text is null or action = $3) and actor_user_id is not null
           union select target_id::uuid from audit_events where at between $1 and $2 and ($3::text is null or action = $3) and target_type = 'user'
         ) x join users u on u.id = x.id
          where u.erased_at is null and not (u.roles && array['ADMIN','REVIEWER']::text[])`,
        [input.auditFrom, input.auditTo, input.auditAction ?? null],
      );
      for (const r of rows) ids.add(r.id);
    }
    return this.ds.transaction(async (em) => {
      const locked = await this.lockOpen(em, incidentId);
      if (!locked.ok) return locked;
      let added = 0;
      for (const userId of ids) {
        const rows = await queryRows(em, "insert into incident_affected_users (id, incident_id, user_id, added_at) select $1, $2, $3, $4 where exists (select 1 from users where id = $3) on conflict do nothing returning id", [
          randomUUID(),
          incidentId,
          userId,
          this.clock.now(),
        ]);
        added += rows.length;
      }
      await this.audit.record(em, actor, { action: "incident.affected_added", targetType: "incident", targetId: incidentId, metadata: { added } });
      return ok(added);
    });
  }

  /** E-mail every affected person not yet told: what happened, what we did, what they should do. */
  async notify(actor: AuditActor, incidentId: string, input: { whatHappened: string; whatWeDid: string; whatYouShouldDo: string }): Promise<Result<number>> {
    const parts = [input.whatHappened, input.whatWeDid, input.whatYouShouldDo].map((p) => String(p ?? "").trim());
    if (parts.some((p) => p.length < 10)) return fail(userError("INVALID", "Fill in what happened, what we did and what people should do (10 characters or more each)."));
    if (!isUuid(incidentId)) return fail(userError("NOT_FOUND", "No such incident.", "id"));
    return this.ds.transaction(async (em) => {
      const locked = await this.lockOpen(em, incidentId);
      if (!locked.ok) return locked;
      const incident = locked.value;
      const pending = await em.find(IncidentAffectedUserEntity, { where: { incidentId, notifiedAt: IsNull() } });
      const now = this.clock.now();
      let sent = 0;
      for (const a of pending.filter((p) => !p.notifiedAt)) {
        const u = await em.findOne(UserEntity, { where: { id: a.userId } });
        if (!u || u.erasedAt) continue;
        await this.mail.enqueue(em, {
          userId: u.id,
          to: this.crypto.decrypt(aadFor("users", "email", u.id), u.emailEnc),
          template: `incident:${incident.id}`,
          category: "ESSENTIAL",
          content: mailTemplates.breachNotice(u.language, { firstName: this.crypto.decrypt(aadFor("users", "first_name", u.id), u.firstNameEnc), whatHappened: parts[0], whatWeDid: parts[1], whatYouShouldDo: parts[2] }),
        });
        await em.update(IncidentAffectedUserEntity, { id: a.id }, { notifiedAt: now });
        sent++;
      }
      await em.update(IncidentEntity, { id: incident.id }, { status: "NOTIFIED", notifiedAt: incident.notifiedAt ?? now });
      await this.audit.record(em, actor, { action: "incident.notified", targetType: "incident", targetId: incident.id, metadata: { sent, withinDeadline: now <= incident.notifyBy } });
      return ok(sent);
    });
  }

  /**
   * Close an incident with a closing summary and, optionally, lessons learned. Everyone on the affected
   * list who can still be told must have been notified first (POL-BREACH-72H); after closing, the
   * incident, its affected list and its notices can no longer be changed.
   */
  async close(actor: AuditActor & { userId: string }, incidentId: string, input: { summary: string; lessonsLearned?: string | null }): Promise<Result<IncidentEntity>> {
    const summary = String(input.summary ?? "").trim();
    const lessons = String(input.lessonsLearned ?? "").trim();
    if (summary.length < 10 || summary.length > 20_000) return fail(userError("INVALID", "Summarise how the incident ended (10–20,000 characters).", "summary"));
    if (lessons.length > 20_000) return fail(userError("INVALID", "Keep the lessons learned under 20,000 characters.", "lessonsLearned"));
    return this.ds.transaction(async (em) => {
      const locked = await this.lockOpen(em, incidentId);
      if (!locked.ok) return locked;
      const incident = locked.value;
      const [{ pending }] = (await em.query(
        `select count(*)::int as pending from incident_affected_users a join users u on u.id = a.user_id
          where a.incident_id = $1 and a.notified_at is null and u.erased_at is null`,
        [incident.id],
      )) as { pending: number }[];
      if (pending > 0) return fail(userError("NOTIFICATION_PENDING", `${pending} affected ${pending === 1 ? "person has" : "people have"} not been notified yet. Send the notice before closing the incident.`));
      incident.status = "CLOSED";
      incident.closedAt = this.clock.now();
      incident.closedBy = actor.userId;
      incident.closingSummary = summary;
      incident.lessonsLearned = lessons || null;
      await em.save(incident);
      await this.audit.record(em, actor, { action: "incident.closed", targetType: "incident", targetId: incident.id, metadata: { notified: incident.notifiedAt !== null, withinDeadline: incident.notifiedAt ? incident.notifiedAt <= incident.notifyBy : null } });
      return ok(incident);
    });
  }

  // --- POL-CHILD-18 ---

  /** Anyone may report an account they believe belongs to a child; the answer never reveals whether it exists. */
  async report(input: { accountEmail: string; details: string; reporterContact?: string | null }): Promise<Result<true>> {
    const details = String(input.details ?? "").trim();
    if (details.length < 5 || details.length > 5000) return fail(userError("INVALID", "Tell us why you think so (5–5,000 characters).", "details"));
    const email = String(input.accountEmail ?? "").trim().slice(0, 254);
    if (!email.includes("@")) return fail(userError("INVALID", "Enter the e-mail address of the account.", "accountEmail"));
    const user = await this.ds.manager.findOne(UserEntity, { where: { emailIndex: this.crypto.emailIndex(email) } });
    const id = randomUUID();
    await this.ds.transaction(async (em) => {
      await em.insert(ChildReportEntity, {
        id,
        subjectUserId: user?.id ?? null,
        detailsEnc: this.crypto.encrypt(aadFor("child_reports", "details", id), details),
        reporterContactEnc: input.reporterContact?.trim() ? this.crypto.encrypt(aadFor("child_reports", "reporter_contact", id), input.reporterContact.trim().slice(0, 300)) : null,
        status: "OPEN",
        createdAt: this.clock.now(),
        resolvedAt: null,
        resolvedBy: null,
      });
      await this.audit.record(em, { type: "ANONYMOUS", userId: null, requestId: null }, { action: "child_report.received", targetType: "child_report", targetId: id, metadata: { matched: !!user } });
    });
    return ok(true);
  }

  childReports() {
    return this.ds.manager.find(ChildReportEntity, { order: { createdAt: "DESC" } });
  }

  reportDetails(r: ChildReportEntity): string {
    return this.crypto.decrypt(aadFor("child_reports", "details", r.id), r.detailsEnc);
  }

  /** How the reporter can be reached, decrypted (ADMIN only); null when they left no contact. */
  reporterContact(r: ChildReportEntity): string | null {
    return r.reporterContactEnc ? this.crypto.decrypt(aadFor("child_reports", "reporter_contact", r.id), r.reporterContactEnc) : null;
  }

  /** Staff verify; a confirmed report erases the account at once (prompt deletion). */
  async resolve(actor: AuditActor & { userId: string }, id: string, confirmed: boolean): Promise<Result<ChildReportEntity>> {
    if (!isUuid(id)) return fail(userError("INVALID", "That is not a report id.", "id"));
    return this.ds.transaction(async (em) => {
      const r = await em.findOne(ChildReportEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
      if (!r) return fail(userError("NOT_FOUND", "No such report.", "id"));
      if (r.status !== "OPEN") return fail(userError("ALREADY_RESOLVED", `This report was ${r.status === "CONFIRMED" ? "confirmed" : "dismissed"} already.`, "id"));
      r.status = confirmed ? "CONFIRMED" : "DISMISSED";
      r.resolvedAt = this.clock.now();
      r.resolvedBy = actor.userId;
      await em.save(r);
      if (confirmed && r.subjectUserId) await this.erasure.eraseUser(em, r.subjectUserId, actor, r.id);
      await this.audit.record(em, actor, { action: confirmed ? "child_report.confirmed" : "child_report.dismissed", targetType: "child_report", targetId: r.id, metadata: { erased: confirmed && !!r.subjectUserId } });
      return ok(r);
    });
  }
}
