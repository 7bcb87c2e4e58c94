import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { pageArgs, toConnection } from "../../common/graphql/connection";
import type { Result } from "../../common/graphql/user-error";
import { actorOf, isStaff } from "../auth/viewer";
import { CertificationType } from "../catalogue/catalogue.types";
import { Credential } from "../credentials/credential.types";
import { Message } from "../messages/message.types";
import { Organization } from "../organizations/organization.types";
import { Money, Payment } from "../payments/payment.types";
import { ProfessionalProfile } from "../profiles/professional-profile.types";
import { Program } from "../programs/program.types";
import type { ApplicationEntity } from "./application.entity";
import { ageInDays } from "./application.rules";
import type { ApplicationSort as Sort } from "./application.service";
import {
  Application,
  ApplicationConnection,
  ApplicationCreateInput,
  ApplicationEvent,
  ApplicationPayload,
  ApplicationSort,
  ApplicationsFilter,
  ApplicationUpdateInput,
  ChecklistItem,
  EvidenceDeletePayload,
  EvidenceFile,
  Person,
  ReviewDecision,
  ReviewNote,
  ReviewScore,
} from "./application.types";

export const applicationPayload = (r: Result<ApplicationEntity>): ApplicationPayload => (r.ok ? { application: r.value, errors: [] } : { application: null, errors: r.errors });

/**
 * `@Authorized()` sits on each query and mutation, not on the class: on the class it would also wrap
 * every field resolver of every row in TypeGraphQL's async auth middleware (600 promises for a page
 * of 100 in the review queue; `pnpm bench` showed ~30% more throughput without). Applications are
 * only reachable through these signed-in operations; staff-only fields check the viewer themselves.
 */
@Resolver(() => Application)
export class ApplicationResolver {
  @Authorized()
  @Query(() => ApplicationConnection, { description: "Applicants: their own and their organizations' applications. Staff: all of them (the review queue). `first` is 1–100." })
  async applications(
    @Arg("first", () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => ApplicationsFilter, { nullable: true }) filter: ApplicationsFilter | null,
    @Arg("sort", () => ApplicationSort, { nullable: true, defaultValue: "UPDATED_AT_DESC" }) sort: Sort,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApplicationConnection> {
    const { limit, offset } = pageArgs(first, after);
    const f = filter ?? {};
    const minAge = f.minAgeDays && f.minAgeDays > 0 ? Math.min(f.minAgeDays, 3650) : null;
    const submittedBefore = minAge ? new Date(ctx.services.clock.now().getTime() - minAge * 86_400_000) : null;
    const { items, total } = await ctx.services.applications.list(ctx.viewer!, { ...f, submittedBefore }, sort, limit, offset);
    return toConnection(items, total, offset) as ApplicationConnection;
  }

  @Authorized()
  @Query(() => Application, { nullable: true, description: "An application you may see, or null." })
  application(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ApplicationEntity | null> {
    return ctx.services.applications.get(ctx.viewer!, id);
  }

  @Authorized()
  @Mutation(() => ApplicationPayload, { description: "Start an application as a draft. Codes: PROGRAM_NOT_ACCREDITED, ALREADY_OPEN, CERTIFICATION_TYPE_UNAVAILABLE, NOT_FOUND." })
  async applicationCreate(@Arg("input", () => ApplicationCreateInput) input: ApplicationCreateInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return applicationPayload(await ctx.services.applications.create(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), input));
  }

  @Authorized()
  @Mutation(() => ApplicationPayload, { description: "Save a draft (or an application sent back for changes). Code NOT_EDITABLE otherwise." })
  async applicationUpdate(@Arg("id", () => ID) id: string, @Arg("input", () => ApplicationUpdateInput) input: ApplicationUpdateInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return applicationPayload(await ctx.services.applications.update(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), id, input));
  }

  @Authorized()
  @Mutation(() => ApplicationPayload, { description: "Submit for review. Codes: INCOMPLETE (one per missing checklist item, with its field), INVALID_TRANSITION." })
  async applicationSubmit(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return applicationPayload(await ctx.services.applications.submit(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), id));
  }

  @Authorized()
  @Mutation(() => ApplicationPayload, { description: "Withdraw before a decision. Code INVALID_TRANSITION after one." })
  async applicationWithdraw(@Arg("id", () => ID) id: string, @Arg("reason", () => String, { nullable: true }) reason: string | null, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return applicationPayload(await ctx.services.applications.withdraw(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), id, reason));
  }

  @FieldResolver(() => String, { nullable: true, description: "The applicant's statement." })
  statement(@Root() a: ApplicationEntity, @Ctx() ctx: GraphQLContext): string | null {
    return ctx.services.applications.statementOf(a);
  }

  @FieldResolver(() => Program, { nullable: true })
  program(@Root() a: ApplicationEntity, @Ctx() ctx: GraphQLContext) {
    return a.programId ? ctx.loaders.program.load(a.programId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The provider organization (program accreditation)." })
  organization(@Root() a: ApplicationEntity, @Ctx() ctx: GraphQLContext) {
    return a.organizationId ? ctx.loaders.organization.load(a.organizationId) : null;
  }

  @FieldResolver(() => CertificationType, { nullable: true })
  certificationType(@Root() a: ApplicationEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.certificationType.load(a.certificationTypeId);
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who applied." })
  async applicant(@Root() a: ApplicationEntity, @Ctx() ctx: GraphQLContext): Promise<Person | null> {
    return ctx.loaders.user.load(a.applicantUserId);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The reviewer it is assigned to." })
  async assignee(@Root() a: ApplicationEntity, @Ctx() ctx: GraphQLContext): Promise<Person | null> {
    return a.assigneeId ? ctx.loaders.user.load(a.assigneeId) : null;
  }

  @FieldResolver(() => Credential, { nullable: true, description: "The credential issued on approval." })
  credential(@Root() a: ApplicationEntity, @Ctx() ctx: GraphQLContext) {
    return a.status === "APPROVED" ? ctx.loaders.credentialByApplication.load(a.id) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: "Whole days since submission (SLA age); null for drafts." })
  slaAgeDays(@Root() a: ApplicationEntity, @Ctx() ctx: GraphQLContext): number | null {
    return ["SUBMITTED", "UNDER_REVIEW"].includes(a.status) ? ageInDays(a.submittedAt, ctx.services.clock.now()) : null;
  }

  @FieldResolver(() => [ApplicationEvent], { description: "Status timeline, oldest first." })
  timeline(@Root() a: ApplicationEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.timeline.load(a.id);
  }

  @FieldResolver(() => [ChecklistItem], { description: "What must be in place before submitting." })
  checklist(@Root() a: ApplicationEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.services.applications.checklist(a);
  }

  @FieldResolver(() => [Message], { description: "The thread between applicant and reviewers, oldest first." })
  messages(@Root() a: ApplicationEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.applicationMessages.load(a.id);
  }

  @FieldResolver(() => Message, { nullable: true, description: "The newest message of the thread." })
  lastMessage(@Root() a: ApplicationEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.lastApplicationMessage.load(a.id);
  }

  @FieldResolver(() => ProfessionalProfile, { nullable: true, description: "The applicant's professional profile (individual certification; staff and the applicant)." })
  applicantProfile(@Root() a: ApplicationEntity, @Ctx() ctx: GraphQLContext) {
    return a.kind === "INDIVIDUAL_CERTIFICATION" ? ctx.services.profiles.get(a.applicantUserId) : null;
  }

  @FieldResolver(() => Money, { nullable: true, description: "The application fee of the certification type." })
  async fee(@Root() a: ApplicationEntity, @Ctx() ctx: GraphQLContext): Promise<Money | null> {
    const t = await ctx.loaders.certificationType.load(a.certificationTypeId);
    return t ? { amountCents: t.feeCents, currency: t.currency } : null;
  }

  @FieldResolver(() => Payment, { nullable: true, description: "The fee payment (the paid one, else the latest attempt)." })
  payment(@Root() a: ApplicationEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.payment.load(a.id);
  }

  @FieldResolver(() => [EvidenceFile], { description: "Uploaded evidence documents." })
  evidence(@Root() a: ApplicationEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.evidence.load(a.id);
  }

  @Authorized()
  @Mutation(() => EvidenceDeletePayload, { description: "Remove an evidence document (while the application is editable). Codes NOT_FOUND, NOT_EDITABLE." })
  async evidenceDelete(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<EvidenceDeletePayload> {
    const r = await ctx.services.evidence.remove(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), id);
    return r.ok ? { deletedId: id, errors: [] } : { deletedId: null, errors: r.errors };
  }

  @FieldResolver(() => [ReviewDecision], { nullable: true, description: "Reviewers' decisions (staff only; null for applicants)." })
  reviewDecisions(@Root() a: ApplicationEntity, @Ctx() ctx: GraphQLContext) {
    return isStaff(ctx.viewer!) ? ctx.services.reviews.decisions(a.id) : null;
  }

  @FieldResolver(() => [ReviewScore], { nullable: true, description: "Rubric scores (staff only)." })
  scores(@Root() a: ApplicationEntity, @Ctx() ctx: GraphQLContext) {
    return isStaff(ctx.viewer!) ? ctx.services.reviews.scores(a.id) : null;
  }

  @FieldResolver(() => [ReviewNote], { nullable: true, description: "Private reviewer notes (staff only)." })
  async notes(@Root() a: ApplicationEntity, @Ctx() ctx: GraphQLContext) {
    if (!isStaff(ctx.viewer!)) return null;
    const notes = await ctx.services.reviews.notes(a.id);
    return notes.map((n) => ({ ...n, body: ctx.services.reviews.noteBody(n) }));
  }
}

@Resolver(() => ReviewDecision)
export class ReviewDecisionFieldsResolver {
  @FieldResolver(() => Person, { nullable: true })
  reviewer(@Root() d: ReviewDecision, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.user.load(d.reviewerId);
  }
}

@Resolver(() => EvidenceFile)
export class EvidenceFieldsResolver {
  @FieldResolver(() => String, { description: "Path to download the file (GET with Authorization: Bearer)." })
  downloadUrl(@Root() e: EvidenceFile): string {
    return `/api/evidence/${e.id}`;
  }
}

@Resolver(() => ReviewNote)
export class ReviewNoteFieldsResolver {
  @FieldResolver(() => Person, { nullable: true })
  author(@Root() n: ReviewNote, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.user.load(n.authorId);
  }
}

@Resolver(() => Person)
export class PersonFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: "Shown to staff and to the person themselves; null for others." })
  email(@Root() p: { id: string; email: string }, @Ctx() ctx: GraphQLContext): string | null {
    return ctx.viewer && (isStaff(ctx.viewer) || ctx.viewer.userId === p.id) ? p.email : null;
  }
}
