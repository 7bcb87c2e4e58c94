import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { actorOf } from "../auth/viewer";
import type { User } from "../users/user.types";
import { PolicyAcceptPayload, PolicyVersion } from "./policy.types";

@Resolver()
export class PolicyPublicResolver {
  @Query(() => [PolicyVersion], { description: "The policy versions in force now, one per kind (public)." })
  currentPolicyVersions(@Ctx() ctx: GraphQLContext): Promise<PolicyVersion[]> {
    return ctx.services.policies.current();
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
}
