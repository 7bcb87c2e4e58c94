import { translateMessage } from "../../common/i18n/messages";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { pageArgs, toConnection } from "../../common/graphql/connection";
import type { Result } from "../../common/graphql/user-error";
import { actorOf } from "../auth/viewer";
import { PROCESSING_FACTS } from "./personal-data.registry";
import type { PrivacyRequestEntity } from "./privacy-request.entity";
import { RESPONSE_DAYS } from "./privacy-request.service";
import { rateLimited } from "../../common/graphql/errors";
import { RATE_LIMITS } from "../../common/rate-limit/rate-limiter";
import { currentValue } from "./privacy-correction.rules";
import { DataProcessing, PrivacyCorrection, PrivacyExportProgress, PrivacyRequest, PrivacyRequester, PrivacyRequestConnection, PrivacyRequestCreateInput, PrivacyRequestPayload, PrivacyRequestsFilter, PrivacyRequestStartInput, PrivacyRequestStartPayload } from "./privacy.types";

const payload = (r: Result<PrivacyRequestEntity>): PrivacyRequestPayload => (r.ok ? { privacyRequest: r.value, errors: [] } : { privacyRequest: null, errors: r.errors });

@Resolver()
export class PrivacyPublicResolver {
  @Mutation(() => PrivacyRequestStartPayload, { description: "Start a privacy request without signing in (public, rate-limited): a 6-digit code goes to the account's e-mail. Same answer whether or not the account exists." })
  async privacyRequestStart(@Arg("input", () => PrivacyRequestStartInput) input: PrivacyRequestStartInput, @Ctx() ctx: GraphQLContext): Promise<PrivacyRequestStartPayload> {
    if (await ctx.services.rateLimiter.hit({ bucket: "privacy-start:ip", limit: 10, windowSeconds: 3600 }, ctx.meta.ip)) throw rateLimited();
    const r = await ctx.services.privacyRequests.start(input);
    return r.ok ? { verificationId: r.value, errors: [] } : { verificationId: null, errors: r.errors };
  }

  @Mutation(() => PrivacyRequestPayload, { description: "Confirm a privacy request with the e-mailed code (public; 5 tries, 30 minutes). Code INVALID_CODE." })
  async privacyRequestConfirm(@Arg("verificationId", () => ID) verificationId: string, @Arg("code") code: string, @Ctx() ctx: GraphQLContext): Promise<PrivacyRequestPayload> {
    if (await ctx.services.rateLimiter.hit({ bucket: "privacy-confirm:ip", limit: 30, windowSeconds: 3600 }, ctx.meta.ip)) throw rateLimited();
    return payload(await ctx.services.privacyRequests.confirm(verificationId, code));
  }

  @Query(() => DataProcessing, { description: "Where data is processed, transfer safeguards and sub-processors (public)." })
  dataProcessing(): DataProcessing {
    // Read in the request's language (the privacy page in Spanish shows these in Spanish).
    const t = (text: string) => translateMessage(text);
    return {
      location: t(PROCESSING_FACTS.location),
      transferSafeguards: PROCESSING_FACTS.transferSafeguards.map(t),
      sale: t(PROCESSING_FACTS.sale),
      subProcessors: PROCESSING_FACTS.subProcessors.map((p) => ({ name: t(p.name), purpose: t(p.purpose), data: t(p.data) })),
      responseDays: RESPONSE_DAYS,
    };
  }
}

@Authorized()
@Resolver(() => PrivacyRequest)
export class PrivacyRequestResolver {
  @Mutation(() => PrivacyRequestPayload, { description: "Ask to access, export, correct or delete your data. Needs a sign-in within the last 10 minutes (STEP_UP_REQUIRED); at most 10 a day (RATE_LIMITED)." })
  async privacyRequestCreate(@Arg("input", () => PrivacyRequestCreateInput) input: PrivacyRequestCreateInput, @Ctx() ctx: GraphQLContext): Promise<PrivacyRequestPayload> {
    // Each request may start a background export: at most 10 a day per person (RATE_LIMITED).
    if (await ctx.services.rateLimiter.hit(RATE_LIMITS.privacyRequestUser, ctx.viewer!.userId)) throw rateLimited();
    return payload(await ctx.services.privacyRequests.create(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), input));
  }

  @Query(() => PrivacyRequest, { nullable: true, description: "One of your requests (ADMIN: any)." })
  privacyRequest(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.privacyRequests.get(ctx.viewer!, id);
  }

  @Query(() => [PrivacyRequest], { description: "Your privacy requests, newest first." })
  myPrivacyRequests(@Ctx() ctx: GraphQLContext) {
    return ctx.services.privacyRequests.mine(ctx.viewer!.userId);
  }

  @FieldResolver(() => String, { nullable: true, description: "GET it with your bearer token while it is available (requester only)." })
  exportUrl(@Root() r: PrivacyRequestEntity, @Ctx() ctx: GraphQLContext): string | null {
    return r.userId === ctx.viewer!.userId && r.exportExpiresAt && r.exportExpiresAt > ctx.services.clock.now() ? `/api/privacy-requests/${r.id}/export` : null;
  }

  @FieldResolver(() => PrivacyExportProgress, { nullable: true, description: "ACCESS/EXPORT while the file is being prepared (RECEIVED or IN_PROGRESS): sections collected so far; null otherwise." })
  exportProgress(@Root() r: PrivacyRequestEntity): PrivacyExportProgress | null {
    const open = r.status === "RECEIVED" || r.status === "IN_PROGRESS";
    return open && r.exportSectionsTotal ? { sectionsDone: r.exportSectionsDone ?? 0, sectionsTotal: r.exportSectionsTotal } : null;
  }

  @Authorized("ADMIN")
  @FieldResolver(() => PrivacyRequester, { nullable: true, description: "Who asked (ADMIN only; batched per request). Null when the request has no account." })
  async requester(@Root() r: PrivacyRequestEntity, @Ctx() ctx: GraphQLContext): Promise<PrivacyRequester | null> {
    if (!r.userId) return null;
    const user = await ctx.loaders.user.load(r.userId);
    if (!user) return null;
    return user.erased
      ? { userId: user.id, displayName: null, email: null, erased: true }
      : { userId: user.id, displayName: `${user.firstName} ${user.lastName}`, email: user.email, erased: false };
  }

  @FieldResolver(() => [PrivacyCorrection], { description: "CORRECTION: the fields to change, the proposed value next to the account's current value (requester and ADMIN)." })
  async corrections(@Root() r: PrivacyRequestEntity, @Ctx() ctx: GraphQLContext): Promise<PrivacyCorrection[]> {
    const list = ctx.services.privacyRequests.corrections(r);
    if (list.length === 0) return [];
    const user = r.userId ? await ctx.loaders.user.load(r.userId) : null;
    return list.map((c) => ({ field: c.field, proposedValue: c.proposed, currentValue: user && !user.erased ? currentValue(user, c.field) : null }));
  }

  @FieldResolver(() => String, { nullable: true, description: "What the requester wrote (at most 5,000 characters)." }) details(@Root() r: PrivacyRequestEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.services.privacyRequests.text(r, "details");
  }

  @FieldResolver(() => String, { nullable: true, description: "What was done, or why it was refused." }) outcome(@Root() r: PrivacyRequestEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.services.privacyRequests.text(r, "outcome");
  }

  @FieldResolver(() => String, { nullable: true }) extensionReason(@Root() r: PrivacyRequestEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.services.privacyRequests.text(r, "extension_reason");
  }
}

@Authorized("ADMIN")
@Resolver()
export class PrivacyAdminResolver {
  @Query(() => PrivacyRequestConnection, { description: "All requests by due date (ADMIN); `overdue` shows the late ones." })
  async privacyRequests(
    @Arg("first", () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => PrivacyRequestsFilter, { nullable: true }) filter: PrivacyRequestsFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PrivacyRequestConnection> {
    const { limit, offset } = pageArgs(first, after);
    const { items, total } = await ctx.services.privacyRequests.list(filter ?? {}, limit, offset);
    return toConnection(items, total, offset) as PrivacyRequestConnection;
  }

  @Mutation(() => PrivacyRequestPayload, {
    description: "Close a request as done, with what was done (ADMIN). For a CORRECTION that names fields this approves it: the proposed values are written to the account in the same transaction and audited (ACCOUNT_ERASED if the account is gone).",
  })
  async privacyRequestComplete(@Arg("id", () => ID) id: string, @Arg("outcome") outcome: string, @Ctx() ctx: GraphQLContext) {
    return payload(await ctx.services.privacyRequests.decide(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), id, "COMPLETE", outcome));
  }

  @Mutation(() => PrivacyRequestPayload, { description: "Refuse a request with the reason, which the requester is sent (ADMIN). A rejected CORRECTION changes nothing." })
  async privacyRequestReject(@Arg("id", () => ID) id: string, @Arg("reason") reason: string, @Ctx() ctx: GraphQLContext) {
    return payload(await ctx.services.privacyRequests.decide(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), id, "REJECT", reason));
  }

  @Mutation(() => PrivacyRequestPayload, { description: "Extend the deadline (up to 60 days in total) with a reason sent to the requester (ADMIN)." })
  async privacyRequestExtend(@Arg("id", () => ID) id: string, @Arg("reason") reason: string, @Arg("days", () => Int) days: number, @Ctx() ctx: GraphQLContext) {
    return payload(await ctx.services.privacyRequests.decide(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), id, "EXTEND", reason, days));
  }
}
