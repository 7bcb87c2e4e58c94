import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { actorOf } from "../auth/viewer";
import type { User } from "../users/user.types";
import type { ConsentPurpose as ConsentPurposeName } from "./policy.service";
import { ConsentPayload, ConsentPurpose, ConsentRecord, ConsentState, PolicyAcceptPayload, PolicyVersion, PolicyVersionPublishInput, PolicyVersionPublishPayload } from "./policy.types";

@Resolver()
export class PolicyPublicResolver {
  @Query(() => [PolicyVersion], { description: "The policy versions in force now, one per kind (public)." })
  currentPolicyVersions(@Ctx() ctx: GraphQLContext): Promise<PolicyVersion[]> {
    return ctx.services.policies.current();
  }

  @Query(() => [PolicyVersion], { description: "Published versions that take effect later (show a notice until then; public)." })
  upcomingPolicyVersions(@Ctx() ctx: GraphQLContext): Promise<PolicyVersion[]> {
    return ctx.services.policies.upcoming();
  }
}

@Authorized("ADMIN")
@Resolver()
export class PolicyAdminResolver {
  @Mutation(() => PolicyVersionPublishPayload, { description: "Publish a new policy version (ADMIN). Codes: NOTICE_TOO_SHORT (material change < 30 days out), INVALID." })
  async policyVersionPublish(@Arg("input", () => PolicyVersionPublishInput) input: PolicyVersionPublishInput, @Ctx() ctx: GraphQLContext): Promise<PolicyVersionPublishPayload> {
    const actor = { ...actorOf(ctx.viewer, ctx.meta.requestId), userId: ctx.viewer!.userId };
    const r = await ctx.services.policies.publish(actor, input, (em, v) => ctx.services.policyAnnouncements.schedule(em, v.id));
    return r.ok ? { policyVersion: r.value, errors: [] } : { policyVersion: null, errors: r.errors };
  }
}

@Authorized()
@Resolver()
export class PolicyResolver {
  @Mutation(() => PolicyAcceptPayload, { description: "Record that you accepted a policy version (consent ledger)." })
  async policyAccept(@Arg("policyVersionId", () => ID) policyVersionId: string, @Ctx() ctx: GraphQLContext): Promise<PolicyAcceptPayload> {
    const actor = { ...actorOf(ctx.viewer, ctx.meta.requestId), userId: ctx.viewer!.userId };
    const r = await ctx.services.policies.accept(actor, policyVersionId, ctx.meta);
    if (!r.ok) return { user: null, errors: r.errors };
    const entity = await ctx.services.users.findById(ctx.viewer!.userId);
    return { user: entity ? (ctx.services.users.toView(entity) as User) : null, errors: [] };
  }

  @Query(() => ConsentState, { description: "Your answers for optional purposes (analytics, marketing)." })
  async consentState(@Ctx() ctx: GraphQLContext): Promise<ConsentState> {
    const p = await ctx.services.policies.purposes(ctx.viewer!.userId);
    return { analytics: p.ANALYTICS, marketing: p.MARKETING };
  }

  @Query(() => [ConsentRecord], { description: "Your consent ledger: every acceptance and withdrawal, newest first." })
  consentLedger(@Ctx() ctx: GraphQLContext) {
    return ctx.services.policies.ledger(ctx.viewer!.userId);
  }

  @Mutation(() => ConsentPayload, { description: "Give or withdraw consent for an optional purpose; effective immediately (one click to withdraw)." })
  async consentSet(@Arg("purpose", () => ConsentPurpose) purpose: ConsentPurposeName, @Arg("given") given: boolean, @Ctx() ctx: GraphQLContext): Promise<ConsentPayload> {
    const actor = { ...actorOf(ctx.viewer, ctx.meta.requestId), userId: ctx.viewer!.userId };
    await ctx.services.policies.setPurpose(actor, purpose, given, ctx.meta);
    const p = await ctx.services.policies.purposes(ctx.viewer!.userId);
    return { consents: { analytics: p.ANALYTICS, marketing: p.MARKETING }, errors: [] };
  }
}
