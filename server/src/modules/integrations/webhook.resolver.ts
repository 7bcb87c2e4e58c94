import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { actorOf } from "../auth/viewer";
import type { WebhookOwner } from "./webhook.service";
import { WebhookDelivery, WebhookEndpoint, WebhookEndpointCreateInput, WebhookEndpointCreatePayload, WebhookEndpointDeletePayload } from "./webhook.types";

/** Admins manage every endpoint; an integrator key with WEBHOOKS_MANAGE manages its own. */
const ownerOf = (ctx: GraphQLContext): WebhookOwner => (ctx.viewer ? { kind: "ADMIN" } : { kind: "KEY", apiKeyId: ctx.apiKey!.keyId });
const actor = (ctx: GraphQLContext) => (ctx.viewer ? actorOf(ctx.viewer, ctx.meta.requestId) : { type: "SYSTEM" as const, userId: null, requestId: ctx.meta.requestId });

@Authorized("ADMIN", "WEBHOOKS_MANAGE")
@Resolver()
export class WebhookResolver {
  @Query(() => [WebhookEndpoint], { description: "Webhook endpoints (ADMIN: all; integrator key: its own)." })
  webhookEndpoints(@Ctx() ctx: GraphQLContext) {
    return ctx.services.webhooks.list(ownerOf(ctx));
  }

  @Query(() => [WebhookDelivery], { nullable: true, description: "The latest 100 deliveries to an endpoint, newest first." })
  webhookDeliveries(@Arg("endpointId", () => ID) endpointId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.webhooks.deliveries(ownerOf(ctx), endpointId);
  }

  @Mutation(() => WebhookEndpointCreatePayload, { description: "Subscribe a URL to credential events; returns the signing secret once." })
  async webhookEndpointCreate(@Arg("input", () => WebhookEndpointCreateInput) input: WebhookEndpointCreateInput, @Ctx() ctx: GraphQLContext): Promise<WebhookEndpointCreatePayload> {
    const r = await ctx.services.webhooks.create(ownerOf(ctx), actor(ctx), input);
    return r.ok ? { endpoint: r.value.endpoint, secret: r.value.secret, errors: [] } : { endpoint: null, secret: null, errors: r.errors };
  }

  @Mutation(() => WebhookEndpointDeletePayload, { description: "Stop sending to an endpoint." })
  async webhookEndpointDelete(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<WebhookEndpointDeletePayload> {
    const r = await ctx.services.webhooks.remove(ownerOf(ctx), actor(ctx), id);
    return r.ok ? { ok: true, errors: [] } : { ok: false, errors: r.errors };
  }
}
