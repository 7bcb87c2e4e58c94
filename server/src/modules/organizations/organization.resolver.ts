import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { actorOf } from "../auth/viewer";
import { Organization, OrganizationCreateInput, OrganizationPayload } from "./organization.types";

@Authorized()
@Resolver()
export class OrganizationResolver {
  @Query(() => [Organization], { description: "Organizations you belong to." })
  organizations(@Ctx() ctx: GraphQLContext): Promise<Organization[]> {
    return ctx.services.organizations.listForUser(ctx.viewer!.userId);
  }

  @Mutation(() => OrganizationPayload, { description: "Create a training-provider organization; you become its owner." })
  async organizationCreate(@Arg("input", () => OrganizationCreateInput) input: OrganizationCreateInput, @Ctx() ctx: GraphQLContext): Promise<OrganizationPayload> {
    const actor = { ...actorOf(ctx.viewer, ctx.meta.requestId), userId: ctx.viewer!.userId };
    const r = await ctx.services.organizations.createFromInput(actor, input);
    return r.ok ? { organization: { ...r.value, viewerRole: "OWNER" }, errors: [] } : { organization: null, errors: r.errors };
  }
}
