import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { actorOf } from "../auth/viewer";
import { ApiKey, ApiKeyCreateInput, ApiKeyCreatePayload, ApiKeyRevokePayload, CredentialVerificationRecord } from "./api-key.types";

@Authorized("ADMIN")
@Resolver()
export class ApiKeyResolver {
  @Query(() => [ApiKey], { description: "Integrator keys (ADMIN)." })
  apiKeys(@Ctx() ctx: GraphQLContext) {
    return ctx.services.apiKeys.list();
  }

  @Mutation(() => ApiKeyCreatePayload, { description: "Issue an integrator key (ADMIN). The secret is returned once and stored hashed." })
  async apiKeyCreate(@Arg("input", () => ApiKeyCreateInput) input: ApiKeyCreateInput, @Ctx() ctx: GraphQLContext): Promise<ApiKeyCreatePayload> {
    const actor = { ...actorOf(ctx.viewer, ctx.meta.requestId), userId: ctx.viewer!.userId };
    const r = await ctx.services.apiKeys.create(actor, input);
    return r.ok ? { apiKey: r.value.key, secret: r.value.secret, errors: [] } : { apiKey: null, secret: null, errors: r.errors };
  }

  @Mutation(() => ApiKeyRevokePayload, { description: "Revoke a key at once (ADMIN)." })
  async apiKeyRevoke(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ApiKeyRevokePayload> {
    const r = await ctx.services.apiKeys.revoke(actorOf(ctx.viewer, ctx.meta.requestId), id);
    return r.ok ? { apiKey: r.value, errors: [] } : { apiKey: null, errors: r.errors };
  }
}

@Authorized()
@Resolver()
export class VerificationLogResolver {
  @Query(() => [CredentialVerificationRecord], { nullable: true, description: "Who verified this credential with an integrator key (holder and staff; null otherwise)." })
  async credentialVerifications(@Arg("credentialId", () => ID) credentialId: string, @Ctx() ctx: GraphQLContext) {
    const c = await ctx.services.credentials.get(ctx.viewer!, credentialId);
    return c ? ctx.services.apiKeys.verificationsOf(c.id) : null;
  }
}
