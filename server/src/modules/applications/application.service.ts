import { randomUUID } from "node:crypto";
import { type DataSource, type EntityManager, In } from "typeorm";
import { z } from "zod";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import type { AuditActor, AuditService } from "../audit/audit.service";
import { isStaff, type Viewer } from "../auth/viewer";
import { CertificationTypeEntity } from "../catalogue/certification-type.entity";
import type { NotificationService } from "../notifications/notification.service";
import type { OrganizationService } from "../organizations/organization.service";
import { ProgramEntity } from "../programs/program.entity";
import type { ProgramService } from "../programs/program.service";
import { zodToUserErrors } from "../users/user.validation";
import { type ApplicationAction, completenessChecklist, type ChecklistItem, EDITABLE_STATUSES, nextStatus } from "./application.rules";
import { ApplicationEntity, ApplicationEventEntity, type ApplicationKind, type ApplicationStatus } from "./application.entity";
import { canActAsApplicant, canView } from "./application.policy";
import { UUID_RE, isUuid } from "../../common/ids";

const uuid = z.string().regex(UUID_RE, "Not a valid id.");

export const applicationDraftSchema = z.object({
  programId: uuid.nullish(),
  certificationTypeId: uuid.nullish(),
  statement: z.string().max(10_000, "The statement can be at most 10,000 characters.").nullish(),
});

export interface ApplicationFilter {
  status?: ApplicationStatus[] | null;
  kind?: ApplicationKind | null;
  assigneeId?: string | null;
  unassigned?: boolean | null;
  submittedBefore?: Date | null;
  programId?: string | null;
}

export type ApplicationSort = "SUBMITTED_AT_ASC" | "SUBMITTED_AT_DESC" | "UPDATED_AT_DESC" | "CREATED_AT_DESC";

const ACTION_WORDS: Record<ApplicationAction, string> = {
  submit: "submitted",
  startReview: "put under review",
  approve: "approved",
  reject: "rejected",
  requestChanges: "sent back for changes",
  withdraw: "withdrawn",
};

const notFound = () => fail(userError("NOT_FOUND", "No such application.", "id"));

/** Applications from the applicant's side; the review side lives in ReviewService. */
export class ApplicationService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly organizations: OrganizationService,
    private readonly programs: ProgramService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
  ) {}

  statementOf(app: ApplicationEntity): string | null {
    return app.statementEnc ? this.crypto.decrypt(aadFor("applications", "statement", app.id), app.statementEnc) : null;
  }

  /** Load with a row lock and check the viewer may see it; null hides existence from others. */
  async lockVisible(em: EntityManager, viewer: Viewer, id: string): Promise<{ app: ApplicationEntity; orgIds: string[] } | null> {
    if (!isUuid(id)) return null;
    const app = await em.findOne(ApplicationEntity, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!app) return null;
    const orgIds = await this.organizations.organizationIdsOf(viewer.userId, em);
    return canView(viewer, app, orgIds) ? { app, orgIds } : null;
  }

  async get(viewer: Viewer, id: string): Promise<ApplicationEntity | null> {
    if (!isUuid(id)) return null;
    const app = await this.ds.manager.findOne(ApplicationEntity, { where: { id } });
    if (!app) return null;
    const orgIds = isStaff(viewer) ? [] : await this.organizations.organizationIdsOf(viewer.userId);
    return canView(viewer, app, orgIds) ? app : null;
  }

  /** Batch load for DataLoader, without a visibility check: only for fields that are staff-only already. */
  async loadMany(ids: readonly string[]): Promise<(ApplicationEntity | null)[]> {
    const rows = await this.ds.manager.find(ApplicationEntity, { where: { id: In([...ids]) } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Apply a state-machine action inside `em`: status, timeline event, audit. */
  async transition(em: EntityManager, app: ApplicationEntity, action: ApplicationAction, actor: AuditActor, reason: string | null = null): Promise<Result<ApplicationEntity>> {
    const to = nextStatus(app.status, action);
    if (!to) {
      const status = app.status.toLowerCase().replace("_", " ");
      return fail(userError("INVALID_TRANSITION", `An application that is ${status} cannot be ${ACTION_WORDS[action]}.`));
    }
    const from = app.status;
    const now = this.clock.now();
    app.status = to;
    app.updatedAt = now;
    await em.update(ApplicationEntity, { id: app.id }, { status: to, updatedAt: now });
    await em.insert(ApplicationEventEntity, { id: randomUUID(), applicationId: app.id, fromStatus: from, toStatus: to, actorUserId: actor.userId, reason, at: now });
    await this.audit.record(em, actor, { action: `application.${action}`, targetType: "application", targetId: app.id, metadata: { from, to } });
    return ok(app);
  }

  private async resolveType(em: EntityManager, kind: ApplicationKind, typeId: string | null | undefined): Promise<CertificationTypeEntity | null> {
    const subject = kind === "PROGRAM_ACCREDITATION" ? "PROGRAM" : "PERSON";
    if (typeId) {
      const t = await em.findOne(CertificationTypeEntity, { where: { id: typeId } });
      return t && t.subject === subject ? t : null;
    }
    return em.findOne(CertificationTypeEntity, { where: { subject, active: true }, order: { createdAt: "ASC" } });
  }

  /** Check the program reference for the kind; returns an error or the program's organization. */
  private async checkProgram(em: EntityManager, viewer: Viewer, kind: ApplicationKind, programId: string | null | undefined): Promise<Result<string | null>> {
    if (!programId) return ok(null);
    const program = await em.findOne(ProgramEntity, { where: { id: programId } });
    if (kind === "PROGRAM_ACCREDITATION") {
      if (!program || !(await this.organizations.roleOf(viewer.userId, program.organizationId, em))) return fail(userError("NOT_FOUND", "No such program in your organizations.", "programId"));
      if (program.status === "ARCHIVED") return fail(userError("PROGRAM_ARCHIVED", "This program is archived.", "programId"));
      return ok(program.organizationId);
    }
    if (!program || !(await this.programs.isAccredited(programId, em))) {
      return fail(userError("PROGRAM_NOT_ACCREDITED", "Choose a program that holds an active CareCorePlus accreditation.", "programId"));
    }
    return ok(null);
  }

  async create(
    viewer: Viewer,
    actor: AuditActor,
    input: { kind: ApplicationKind; programId?: string | null; certificationTypeId?: string | null; statement?: string | null; renewsCredentialId?: string | null },
  ): Promise<Result<ApplicationEntity>> {
    const parsed = applicationDraftSchema.safeParse(input);
    if (!parsed.success) return fail(...zodToUserErrors(parsed.error));
    const d = { ...parsed.data };
    return this.ds.transaction(async (em) => {
      if (input.renewsCredentialId) {
        const renewal = await this.renewalOf(em, viewer, input.kind, input.renewsCredentialId);
        if (!renewal.ok) return renewal;
        d.programId = renewal.value.programId;
        d.certificationTypeId = renewal.value.certificationTypeId;
      }
      const type = await this.resolveType(em, input.kind, d.certificationTypeId);
      if (!type || !type.active) return fail(userError("CERTIFICATION_TYPE_UNAVAILABLE", "This certification is not open for applications.", "certificationTypeId"));
      const program = await this.checkProgram(em, viewer, input.kind, d.programId);
      if (!program.ok) return program;
      if (input.kind === "PROGRAM_ACCREDITATION" && d.programId) {
        const open: { n: string }[] = await em.query(
          "select count(*) n from applications where program_id = $1 and kind = 'PROGRAM_ACCREDITATION' and status in ('DRAFT','SUBMITTED','UNDER_REVIEW','CHANGES_REQUESTED')",
          [d.programId],
        );
        if (Number(open[0].n) > 0) return fail(userError("ALREADY_OPEN", "This program already has an open accreditation application.", "programId"));
      }
      const id = randomUUID();
      const now = this.clock.now();
      const app = em.create(ApplicationEntity, {
        id,
        kind: input.kind,
        status: "DRAFT",
        applicantUserId: viewer.userId,
        organizationId: program.value,
        programId: d.programId ?? null,
        certificationTypeId: type.id,
        renewsCredentialId: input.renewsCredentialId ?? null,
        statementEnc: d.statement ? this.crypto.encrypt(aadFor("applications", "statement", id), d.statement) : null,
        assigneeId: null,
        submittedAt: null,
        decidedAt: null,
        decision: null,
        decisionReason: null,
        createdAt: now,
        updatedAt: now,
      });
      await em.insert(ApplicationEntity, app);
      await em.insert(ApplicationEventEntity, { id: randomUUID(), applicationId: id, fromStatus: null, toStatus: "DRAFT", actorUserId: viewer.userId, reason: null, at: now });
      await this.audit.record(em, actor, { action: "application.created", targetType: "application", targetId: id, metadata: { kind: input.kind } });
      return ok(app);
    });
  }

  /** A renewal must name a credential the viewer holds (or their organization's program holds), not revoked, not renewed yet. */
  private async renewalOf(em: EntityManager, viewer: Viewer, kind: ApplicationKind, credentialId: string): Promise<Result<{ programId: string | null; certificationTypeId: string }>> {
    const invalid = fail<{ programId: string | null; certificationTypeId: string }>(userError("NOT_RENEWABLE", "Choose one of your credentials that is active or expired.", "renewsCredentialId"));
    if (!isUuid(credentialId)) return invalid;
    const rows: { holder_user_id: string | null; organization_id: string | null; subject: string; status: string; superseded_by_id: string | null; program_id: string | null; certification_type_id: string }[] = await em.query(
      "select holder_user_id, organization_id, subject, status, superseded_by_id, program_id, certification_type_id from credentials where id = $1",
      [credentialId],
    );
    const c = rows[0];
    if (!c) return invalid;
    const orgIds = await this.organizations.organizationIdsOf(viewer.userId, em);
    const mine = c.holder_user_id === viewer.userId || (c.organization_id !== null && orgIds.includes(c.organization_id));
    if (!mine || c.status === "REVOKED" || c.superseded_by_id) return invalid;
    if ((kind === "PROGRAM_ACCREDITATION") !== (c.subject === "PROGRAM")) return fail(userError("INVALID", "The kind of application does not match the credential.", "kind"));
    const open: { n: string }[] = await em.query("select count(*) n from applications where renews_credential_id = $1 and status not in ('REJECTED','WITHDRAWN')", [credentialId]);
    if (Number(open[0].n) > 0) return fail(userError("ALREADY_OPEN", "A renewal of this credential is already under way.", "renewsCredentialId"));
    return ok({ programId: c.program_id, certificationTypeId: c.certification_type_id });
  }

  /** Save the draft (DRAFT or CHANGES_REQUESTED only). */
  async update(viewer: Viewer, actor: AuditActor, id: string, input: { programId?: string | null; certificationTypeId?: string | null; statement?: string | null }): Promise<Result<ApplicationEntity>> {
    const parsed = applicationDraftSchema.safeParse(input);
    if (!parsed.success) return fail(...zodToUserErrors(parsed.error));
    const d = parsed.data;
    return this.ds.transaction(async (em) => {
      const found = await this.lockVisible(em, viewer, id);
      if (!found || !canActAsApplicant(viewer, found.app, found.orgIds)) return notFound();
      const { app } = found;
      if (!EDITABLE_STATUSES.includes(app.status)) return fail(userError("NOT_EDITABLE", "Only drafts and applications sent back for changes can be edited."));
      if (app.renewsCredentialId && ((d.programId !== undefined && d.programId !== app.programId) || (d.certificationTypeId && d.certificationTypeId !== app.certificationTypeId))) {
        return fail(userError("NOT_EDITABLE", "A renewal keeps the program and certification of the credential it renews.", "programId"));
      }
      if (d.programId !== undefined && d.programId !== app.programId) {
        const program = await this.checkProgram(em, viewer, app.kind, d.programId);
        if (!program.ok) return program;
        app.programId = d.programId ?? null;
        if (app.kind === "PROGRAM_ACCREDITATION") app.organizationId = program.value;
      }
      if (d.certificationTypeId) {
        const type = await this.resolveType(em, app.kind, d.certificationTypeId);
        if (!type || !type.active) return fail(userError("CERTIFICATION_TYPE_UNAVAILABLE", "This certification is not open for applications.", "certificationTypeId"));
        app.certificationTypeId = type.id;
      }
      if (d.statement !== undefined) app.statementEnc = d.statement ? this.crypto.encrypt(aadFor("applications", "statement", app.id), d.statement) : null;
      app.updatedAt = this.clock.now();
      await em.save(app);
      await this.audit.record(em, actor, { action: "application.updated", targetType: "application", targetId: app.id });
      return ok(app);
    });
  }

  async checklist(app: ApplicationEntity, em: EntityManager = this.ds.manager): Promise<ChecklistItem[]> {
    const type = await em.findOne(CertificationTypeEntity, { where: { id: app.certificationTypeId } });
    const program = app.programId ? await em.findOne(ProgramEntity, { where: { id: app.programId } }) : null;
    const view = program ? this.programs.toView(program) : null;
    return completenessChecklist({
      kind: app.kind,
      statement: this.statementOf(app),
      certificationTypeActive: !!type?.active,
      program: view ? { exists: true, moduleCount: view.modules.length, instructorCount: view.instructors.length, accredited: await this.programs.isAccredited(view.id, em) } : null,
      evidenceCount: Number((await em.query("select count(*) n from evidence_files where application_id = $1", [app.id]))[0].n),
    });
  }

  async submit(viewer: Viewer, actor: AuditActor, id: string): Promise<Result<ApplicationEntity>> {
    return this.ds.transaction(async (em) => {
      const found = await this.lockVisible(em, viewer, id);
      if (!found || !canActAsApplicant(viewer, found.app, found.orgIds)) return notFound();
      const { app } = found;
      if (!nextStatus(app.status, "submit")) return this.transition(em, app, "submit", actor);
      const missing = (await this.checklist(app, em)).filter((i) => i.required && !i.done);
      if (missing.length) return fail(...missing.map((i) => userError("INCOMPLETE", `Missing: ${i.label.toLowerCase()}.`, i.field)));
      const resubmission = app.status === "CHANGES_REQUESTED";
      const r = await this.transition(em, app, "submit", actor);
      if (!r.ok) return r;
      app.submittedAt = this.clock.now();
      await em.update(ApplicationEntity, { id: app.id }, { submittedAt: app.submittedAt });
      await this.notifications.notify(em, {
        userId: app.applicantUserId,
        kind: "application.submitted",
        title: resubmission ? "We received your updated application" : "We received your application",
        body: "A reviewer will look at it soon. You can follow its status in CareCorePlus.",
        link: `/app/applications/${app.id}`,
      });
      if (resubmission && app.assigneeId) {
        // The reviewer who asked for changes keeps the application: straight back under review.
        const review = await this.transition(em, app, "startReview", actor);
        if (!review.ok) return review;
        await this.notifications.notify(em, { userId: app.assigneeId, kind: "application.resubmitted", title: "An application you review was resubmitted", body: "The applicant made the changes you asked for.", link: `/admin/applications/${app.id}` });
      }
      return ok(app);
    });
  }

  async withdraw(viewer: Viewer, actor: AuditActor, id: string, reason: string | null): Promise<Result<ApplicationEntity>> {
    return this.ds.transaction(async (em) => {
      const found = await this.lockVisible(em, viewer, id);
      if (!found || !canActAsApplicant(viewer, found.app, found.orgIds)) return notFound();
      const r = await this.transition(em, found.app, "withdraw", actor, reason?.slice(0, 2000) ?? null);
      if (r.ok && found.app.assigneeId) {
        await this.notifications.notify(em, { userId: found.app.assigneeId, kind: "application.withdrawn", title: "An application you review was withdrawn", body: "The applicant withdrew it; nothing more to do.", link: `/admin/applications/${found.app.id}`, email: false });
      }
      return r;
    });
  }

  /** Applicants see their own and their organizations'; staff see all (the review queue). */
  async list(viewer: Viewer, filter: ApplicationFilter, sort: ApplicationSort, limit: number, offset: number) {
    const qb = this.ds.manager.createQueryBuilder(ApplicationEntity, "a");
    if (!isStaff(viewer)) {
      qb.andWhere("(a.applicant_user_id = :uid or a.organization_id = any(array(select organization_id from organization_members where user_id = :uid)))", { uid: viewer.userId });
    }
    if (filter.status?.length) qb.andWhere("a.status in (:...statuses)", { statuses: filter.status });
    if (filter.kind) qb.andWhere("a.kind = :kind", { kind: filter.kind });
    if (filter.assigneeId) qb.andWhere(isUuid(filter.assigneeId) ? "a.assignee_id = :assignee" : "false", { assignee: filter.assigneeId });
    if (filter.unassigned) qb.andWhere("a.assignee_id is null");
    if (filter.submittedBefore) qb.andWhere("a.submitted_at <= :before", { before: filter.submittedBefore });
    if (filter.programId) qb.andWhere(isUuid(filter.programId) ? "a.program_id = :pid" : "false", { pid: filter.programId });
    const order: Record<ApplicationSort, [string, "ASC" | "DESC", "NULLS FIRST" | "NULLS LAST"]> = {
      SUBMITTED_AT_ASC: ["a.submitted_at", "ASC", "NULLS LAST"],
      SUBMITTED_AT_DESC: ["a.submitted_at", "DESC", "NULLS LAST"],
      UPDATED_AT_DESC: ["a.updated_at", "DESC", "NULLS LAST"],
      CREATED_AT_DESC: ["a.created_at", "DESC", "NULLS LAST"],
    };
    const [col, dir, nulls] = order[sort];
    const [items, total] = await qb.orderBy(col, dir, nulls).addOrderBy("a.id").skip(offset).take(limit).getManyAndCount();
    return { items, total };
  }

  async timeline(applicationIds: readonly string[]): Promise<ApplicationEventEntity[][]> {
    const rows = await this.ds.manager.createQueryBuilder(ApplicationEventEntity, "e").where("e.application_id in (:...ids)", { ids: [...applicationIds] }).orderBy("e.at", "ASC").addOrderBy("e.seq", "ASC").getMany();
    return applicationIds.map((id) => rows.filter((r) => r.applicationId === id));
  }
}
