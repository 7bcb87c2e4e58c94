import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { In } from "typeorm";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import { ApplicationEntity, type Decision } from "../applications/application.entity";
import { canReview } from "../applications/application.policy";
import { DECISION_ACTION } from "../applications/application.rules";
import type { ApplicationService } from "../applications/application.service";
import type { AuditActor, AuditService } from "../audit/audit.service";
import { isStaff, type Viewer } from "../auth/viewer";
import { CertificationTypeEntity } from "../catalogue/certification-type.entity";
import { RubricCriterionEntity } from "../catalogue/rubric-criterion.entity";
import type { CredentialService } from "../credentials/credential.service";
import type { NotificationService } from "../notifications/notification.service";
import { SETTINGS, type SettingsService } from "../settings/settings.service";
import { UserEntity } from "../users/user.entity";
import { ReviewDecisionEntity, ReviewNoteEntity, ReviewScoreEntity } from "./review.entity";
import { isUuid } from "../../common/ids";

const notFound = () => fail(userError("NOT_FOUND", "No such application.", "id"));

const DECISION_COPY: Record<Decision, { title: string; body: string }> = {
  APPROVE: { title: "Your application was approved", body: "Congratulations! Your credential is ready in CareCorePlus." },
  REJECT: { title: "Your application was not approved", body: "The reviewer explained why in CareCorePlus." },
  REQUEST_CHANGES: { title: "Changes requested on your application", body: "A reviewer asked for changes. Update your application and submit it again." },
};

/** The reviewer and admin side of applications: assignment, scoring, notes and decisions. */
export class ReviewService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly applications: ApplicationService,
    private readonly credentials: CredentialService,
    private readonly notifications: NotificationService,
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Assign a reviewer (admin: anyone with a staff role; reviewer: only themselves, `reviewerId`
   * null = self). A submitted application moves to UNDER_REVIEW.
   */
  async assign(viewer: Viewer, actor: AuditActor, id: string, reviewerId: string | null): Promise<Result<ApplicationEntity>> {
    const target = reviewerId ?? viewer.userId;
    if (target !== viewer.userId && !viewer.roles.includes("ADMIN")) return fail(userError("FORBIDDEN", "Only admins can assign other reviewers.", "reviewerId"));
    return this.ds.transaction(async (em) => {
      const found = await this.applications.lockVisible(em, viewer, id);
      if (!found) return notFound();
      const { app } = found;
      if (!isStaff(viewer)) return notFound();
      if (!["SUBMITTED", "UNDER_REVIEW"].includes(app.status)) return fail(userError("INVALID_TRANSITION", "Only submitted applications or those under review can be assigned."));
      if (!isUuid(target)) return fail(userError("NOT_FOUND", "No such reviewer.", "reviewerId"));
      const reviewer = await em.findOne(UserEntity, { where: { id: target } });
      if (!reviewer || reviewer.disabledAt || !reviewer.roles.some((r) => r === "REVIEWER" || r === "ADMIN")) return fail(userError("NOT_A_REVIEWER", "That person is not a reviewer.", "reviewerId"));
      const reviewerOrgs: string[] = (await em.query("select organization_id from organization_members where user_id = $1", [target])).map((r: { organization_id: string }) => r.organization_id);
      if (app.applicantUserId === target || (app.organizationId && reviewerOrgs.includes(app.organizationId))) {
        return fail(userError("CONFLICT_OF_INTEREST", "A reviewer cannot review their own or their organization's application.", "reviewerId"));
      }
      app.assigneeId = target;
      await em.update(ApplicationEntity, { id: app.id }, { assigneeId: target, updatedAt: this.clock.now() });
      await this.audit.record(em, actor, { action: "application.assigned", targetType: "application", targetId: app.id, metadata: { assigneeId: target } });
      if (app.status === "SUBMITTED") {
        const r = await this.applications.transition(em, app, "startReview", actor);
        if (!r.ok) return r;
      }
      if (target !== viewer.userId) {
        await this.notifications.notify(em, { userId: target, kind: "application.assigned", title: "An application was assigned to you", body: "It is waiting in your review queue.", link: `/admin/applications/${app.id}` });
      }
      return ok(app);
    });
  }

  /**
   * Decide. A submitted application is first put under review (assigned to the decider if nobody
   * has it). APPROVE of a program accreditation needs two different reviewers when the admin
   * setting asks for it; the first approval is recorded and the status stays UNDER_REVIEW.
   */
  async decide(viewer: Viewer, actor: AuditActor, id: string, input: { decision: Decision; reason: string }): Promise<Result<ApplicationEntity & { approvalsNeeded?: number }>> {
    const reason = String(input.reason ?? "").trim();
    if (reason.length < 3) return fail(userError("REASON_REQUIRED", "Tell the applicant the reason for your decision.", "reason"));
    if (reason.length > 5000) return fail(userError("INVALID", "The reason can be at most 5,000 characters.", "reason"));
    return this.ds.transaction(async (em) => {
      const found = await this.applications.lockVisible(em, viewer, id);
      if (!found) return notFound();
      const { app, orgIds } = found;
      if (!canReview(viewer, app, orgIds)) return fail(userError("CONFLICT_OF_INTEREST", "You cannot decide on your own or your organization's application."));
      if (app.status === "SUBMITTED") {
        if (!app.assigneeId) {
          app.assigneeId = viewer.userId;
          await em.update(ApplicationEntity, { id: app.id }, { assigneeId: viewer.userId });
        }
        const started = await this.applications.transition(em, app, "startReview", actor);
        if (!started.ok) return started;
      }
      const action = DECISION_ACTION[input.decision];
      if (app.status !== "UNDER_REVIEW") return this.applications.transition(em, app, action, actor, reason);
      const now = this.clock.now();

      if (input.decision === "APPROVE" && app.kind === "PROGRAM_ACCREDITATION" && (await this.settings.getBoolean(SETTINGS.secondReviewerForPrograms, em))) {
        // Only approvals given since the latest submission count (a change request starts a new round).
        const prior = (await em.find(ReviewDecisionEntity, { where: { applicationId: app.id, decision: "APPROVE" } })).filter((d) => !app.submittedAt || d.at >= app.submittedAt);
        if (prior.some((d) => d.reviewerId === viewer.userId)) return fail(userError("SECOND_REVIEWER_REQUIRED", "You approved already; a second, different reviewer must approve too."));
        await em.insert(ReviewDecisionEntity, { id: randomUUID(), applicationId: app.id, reviewerId: viewer.userId, decision: "APPROVE", reason, at: now });
        if (prior.length === 0) {
          await this.audit.record(em, actor, { action: "application.first_approval", targetType: "application", targetId: app.id });
          return ok(Object.assign(app, { approvalsNeeded: 1 }));
        }
      } else {
        await em.insert(ReviewDecisionEntity, { id: randomUUID(), applicationId: app.id, reviewerId: viewer.userId, decision: input.decision, reason, at: now });
      }

      const r = await this.applications.transition(em, app, action, actor, reason);
      if (!r.ok) return r;
      app.decision = input.decision;
      app.decisionReason = reason;
      app.decidedAt = input.decision === "REQUEST_CHANGES" ? null : now;
      await em.update(ApplicationEntity, { id: app.id }, { decision: app.decision, decisionReason: reason, decidedAt: app.decidedAt });
      if (input.decision === "APPROVE") {
        const type = await em.findOneOrFail(CertificationTypeEntity, { where: { id: app.certificationTypeId } });
        await this.credentials.issueForApplication(em, app, type, actor);
      }
      await this.notifications.notify(em, { userId: app.applicantUserId, kind: `application.${action}`, ...DECISION_COPY[input.decision], link: `/app/applications/${app.id}` });
      return ok(Object.assign(app, { approvalsNeeded: 0 }));
    });
  }

  async score(viewer: Viewer, actor: AuditActor, id: string, input: { criterionId: string; score: number; comment?: string | null }): Promise<Result<ReviewScoreEntity>> {
    return this.ds.transaction(async (em) => {
      const found = await this.applications.lockVisible(em, viewer, id);
      if (!found) return notFound();
      if (!canReview(viewer, found.app, found.orgIds)) return fail(userError("CONFLICT_OF_INTEREST", "You cannot score your own or your organization's application."));
      if (found.app.status !== "UNDER_REVIEW") return fail(userError("NOT_UNDER_REVIEW", "Scores can be given while the application is under review."));
      const criterion = isUuid(input.criterionId) ? await em.findOne(RubricCriterionEntity, { where: { id: input.criterionId } }) : null;
      const subject = found.app.kind === "PROGRAM_ACCREDITATION" ? "PROGRAM" : "PERSON";
      if (!criterion || criterion.subject !== subject) return fail(userError("NOT_FOUND", "No such criterion for this kind of application.", "criterionId"));
      if (!Number.isInteger(input.score) || input.score < 0 || input.score > criterion.maxScore) return fail(userError("INVALID", `Give a whole score from 0 to ${criterion.maxScore}.`, "score"));
      const comment = input.comment?.trim().slice(0, 2000) || null;
      await em.upsert(ReviewScoreEntity, { id: randomUUID(), applicationId: found.app.id, reviewerId: viewer.userId, criterionId: criterion.id, score: input.score, comment, updatedAt: this.clock.now() }, {
        conflictPaths: ["applicationId", "reviewerId", "criterionId"],
        skipUpdateIfNoValuesChanged: false,
      });
      const saved = await em.findOneOrFail(ReviewScoreEntity, { where: { applicationId: found.app.id, reviewerId: viewer.userId, criterionId: criterion.id } });
      await this.audit.record(em, actor, { action: "application.scored", targetType: "application", targetId: found.app.id, metadata: { criterionId: criterion.id, score: input.score } });
      return ok(saved);
    });
  }

  async addNote(viewer: Viewer, actor: AuditActor, id: string, body: string): Promise<Result<ReviewNoteEntity>> {
    const text = String(body ?? "").trim();
    if (!text) return fail(userError("INVALID", "Write a note first.", "body"));
    if (text.length > 10_000) return fail(userError("INVALID", "Notes are at most 10,000 characters.", "body"));
    return this.ds.transaction(async (em) => {
      const found = await this.applications.lockVisible(em, viewer, id);
      if (!found || !isStaff(viewer)) return notFound();
      const noteId = randomUUID();
      const note = em.create(ReviewNoteEntity, { id: noteId, applicationId: found.app.id, authorId: viewer.userId, bodyEnc: this.crypto.encrypt(aadFor("review_notes", "body", noteId), text), createdAt: this.clock.now() });
      await em.insert(ReviewNoteEntity, note);
      await this.audit.record(em, actor, { action: "application.note_added", targetType: "application", targetId: found.app.id });
      return ok(note);
    });
  }

  noteBody(note: ReviewNoteEntity): string {
    return this.crypto.decrypt(aadFor("review_notes", "body", note.id), note.bodyEnc);
  }

  notes(applicationId: string) {
    return this.ds.manager.find(ReviewNoteEntity, { where: { applicationId }, order: { createdAt: "ASC", id: "ASC" } });
  }

  scores(applicationId: string) {
    return this.ds.manager.find(ReviewScoreEntity, { where: { applicationId }, order: { updatedAt: "ASC" } });
  }

  decisions(applicationId: string) {
    return this.ds.manager.find(ReviewDecisionEntity, { where: { applicationId }, order: { at: "ASC" } });
  }

  /** Users who can be assigned (REVIEWER or ADMIN, not disabled). */
  async reviewers(): Promise<UserEntity[]> {
    return this.ds.manager.createQueryBuilder(UserEntity, "u").where("u.roles && array['REVIEWER','ADMIN']::text[]").andWhere("u.disabled_at is null").orderBy("u.created_at").getMany();
  }

  loadCriteria(ids: readonly string[]) {
    return this.ds.manager.find(RubricCriterionEntity, { where: { id: In([...ids]) } });
  }
}
