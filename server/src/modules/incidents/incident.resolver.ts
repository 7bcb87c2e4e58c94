import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { rateLimited } from "../../common/graphql/errors";
import { actorOf } from "../auth/viewer";
import type { ChildReportEntity, IncidentAffectedUserEntity, IncidentEntity } from "./incident.entity";
import { ChildReport, ChildReportInput, ChildReportPayload, ChildReportResolvePayload, CountPayload, Incident, IncidentAffectedInput, IncidentAffectedUser, IncidentCloseInput, IncidentCreateInput, IncidentNotifyInput, IncidentPayload } from "./incident.types";

@Resolver()
export class ChildReportPublicResolver {
  @Mutation(() => ChildReportPayload, { description: "Report an account you believe belongs to someone under 18 (public, rate-limited). The answer is the same whether or not the account exists." })
  async childReportCreate(@Arg("input", () => ChildReportInput) input: ChildReportInput, @Ctx() ctx: GraphQLContext): Promise<ChildReportPayload> {
    if (await ctx.services.rateLimiter.hit({ bucket: "child-report:ip", limit: 10, windowSeconds: 3600 }, ctx.meta.ip)) throw rateLimited();
    const r = await ctx.services.incidents.report(input);
    return r.ok ? { ok: true, errors: [] } : { ok: false, errors: r.errors };
  }
}

@Authorized("ADMIN")
@Resolver(() => Incident)
export class IncidentResolver {
  @Query(() => [Incident], { description: "The incident register, newest first (ADMIN)." })
  incidents(@Ctx() ctx: GraphQLContext) {
    return ctx.services.incidents.list();
  }

  @Query(() => Incident, { nullable: true, description: "One incident by id (ADMIN); null when there is no such incident." })
  incident(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.incidents.get(id);
  }

  @Mutation(() => IncidentPayload, { description: "Register an incident (ADMIN); notifyBy = awareAt + 72 hours." })
  async incidentCreate(@Arg("input", () => IncidentCreateInput) input: IncidentCreateInput, @Ctx() ctx: GraphQLContext): Promise<IncidentPayload> {
    const r = await ctx.services.incidents.create({ ...actorOf(ctx.viewer, ctx.meta.requestId), userId: ctx.viewer!.userId }, input);
    return r.ok ? { incident: r.value, errors: [] } : { incident: null, errors: r.errors };
  }

  @Mutation(() => CountPayload, { description: "Add affected people by id or from the audit log (ADMIN); returns how many were added. Codes: NOT_FOUND, INCIDENT_CLOSED." })
  async incidentAffectedAdd(@Arg("id", () => ID) id: string, @Arg("input", () => IncidentAffectedInput) input: IncidentAffectedInput, @Ctx() ctx: GraphQLContext): Promise<CountPayload> {
    const r = await ctx.services.incidents.addAffected(actorOf(ctx.viewer, ctx.meta.requestId), id, input);
    return r.ok ? { count: r.value, errors: [] } : { count: 0, errors: r.errors };
  }

  @Mutation(() => CountPayload, { description: "E-mail the affected people not yet notified (ADMIN); returns how many. Codes: INVALID, NOT_FOUND, INCIDENT_CLOSED." })
  async incidentNotify(@Arg("id", () => ID) id: string, @Arg("input", () => IncidentNotifyInput) input: IncidentNotifyInput, @Ctx() ctx: GraphQLContext): Promise<CountPayload> {
    const r = await ctx.services.incidents.notify(actorOf(ctx.viewer, ctx.meta.requestId), id, input);
    return r.ok ? { count: r.value, errors: [] } : { count: 0, errors: r.errors };
  }

  @Mutation(() => IncidentPayload, {
    description:
      "Close an incident with a closing summary and optional lessons learned (ADMIN). Every affected person who can still be told must have been notified. A closed incident can no longer be changed. Codes: INVALID, NOT_FOUND, INCIDENT_CLOSED, NOTIFICATION_PENDING.",
  })
  async incidentClose(@Arg("id", () => ID) id: string, @Arg("input", () => IncidentCloseInput) input: IncidentCloseInput, @Ctx() ctx: GraphQLContext): Promise<IncidentPayload> {
    const r = await ctx.services.incidents.close({ ...actorOf(ctx.viewer, ctx.meta.requestId), userId: ctx.viewer!.userId }, id, input);
    return r.ok ? { incident: r.value, errors: [] } : { incident: null, errors: r.errors };
  }

  @FieldResolver(() => String, { description: "What happened (stored encrypted)." }) description(@Root() i: IncidentEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.services.incidents.description(i);
  }

  @FieldResolver(() => [IncidentAffectedUser], { description: "The affected people, in the order they were added (batched across incidents)." })
  affectedUsers(@Root() i: IncidentEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.incidentAffected.load(i.id);
  }
}

/** Who an affected person is, decrypted through the per-request user loader (no N+1). ADMIN only. */
@Authorized("ADMIN")
@Resolver(() => IncidentAffectedUser)
export class IncidentAffectedUserResolver {
  @FieldResolver(() => Boolean, { description: "Whether the person's account was erased since; then name and e-mail are no longer known." })
  async erased(@Root() a: IncidentAffectedUserEntity, @Ctx() ctx: GraphQLContext) {
    const u = await ctx.loaders.user.load(a.userId);
    return !u || u.erased;
  }

  @FieldResolver(() => String, { nullable: true, description: "First and last name; null when the account was erased." })
  async displayName(@Root() a: IncidentAffectedUserEntity, @Ctx() ctx: GraphQLContext) {
    const u = await ctx.loaders.user.load(a.userId);
    return u && !u.erased ? `${u.firstName} ${u.lastName}`.trim() : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The full e-mail address the notice goes to (ADMIN only); null when the account was erased." })
  async email(@Root() a: IncidentAffectedUserEntity, @Ctx() ctx: GraphQLContext) {
    const u = await ctx.loaders.user.load(a.userId);
    return u && !u.erased ? u.email : null;
  }

  @FieldResolver(() => Boolean, { description: "Whether the breach notice was e-mailed to this person." })
  notified(@Root() a: IncidentAffectedUserEntity) {
    return a.notifiedAt !== null;
  }
}

@Authorized("ADMIN")
@Resolver(() => ChildReport)
export class ChildReportResolver {
  @Query(() => [ChildReport], { description: "Reports of possible under-18 accounts (ADMIN)." })
  childReports(@Ctx() ctx: GraphQLContext) {
    return ctx.services.incidents.childReports();
  }

  @Mutation(() => ChildReportResolvePayload, {
    description: "Confirm (erases the matched account at once) or dismiss an open report (ADMIN). Codes: INVALID (malformed id), NOT_FOUND, ALREADY_RESOLVED.",
  })
  async childReportResolve(
    @Arg("id", () => ID, { description: "The report." }) id: string,
    @Arg("confirmed", { description: "true: the owner is under 18, erase the account; false: dismiss the report." }) confirmed: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChildReportResolvePayload> {
    const r = await ctx.services.incidents.resolve({ ...actorOf(ctx.viewer, ctx.meta.requestId), userId: ctx.viewer!.userId }, id, confirmed);
    return r.ok ? { childReport: r.value, errors: [] } : { childReport: null, errors: r.errors };
  }

  @FieldResolver(() => String, { description: "Why the reporter believes the owner is under 18 (stored encrypted)." }) details(@Root() r: ChildReportEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.services.incidents.reportDetails(r);
  }

  @FieldResolver(() => String, { nullable: true, description: "How to reach the reporter, decrypted (ADMIN only); null when they left no contact." })
  reporterContact(@Root() r: ChildReportEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.services.incidents.reporterContact(r);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The reported e-mail address, read from the matched account (ADMIN only). Null when no account matched (the address of a report that matches nobody is not kept) or the account was erased since.",
  })
  async reportedEmail(@Root() r: ChildReportEntity, @Ctx() ctx: GraphQLContext) {
    const u = r.subjectUserId ? await ctx.loaders.user.load(r.subjectUserId) : null;
    return u && !u.erased ? u.email : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "First and last name of the matched account (ADMIN only); null when none matched or it was erased." })
  async subjectDisplayName(@Root() r: ChildReportEntity, @Ctx() ctx: GraphQLContext) {
    const u = r.subjectUserId ? await ctx.loaders.user.load(r.subjectUserId) : null;
    return u && !u.erased ? `${u.firstName} ${u.lastName}`.trim() : null;
  }

  @FieldResolver(() => Boolean, { description: "Whether the matched account has been erased (for example after this report was confirmed)." })
  async subjectErased(@Root() r: ChildReportEntity, @Ctx() ctx: GraphQLContext) {
    const u = r.subjectUserId ? await ctx.loaders.user.load(r.subjectUserId) : null;
    return Boolean(u?.erased);
  }
}
