import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { actorOf } from "../auth/viewer";
import { CommunicationPreferences, CommunicationPreferencesUpdateInput, CommunicationPreferencesUpdatePayload } from "./preference.types";

@Authorized()
@Resolver()
export class PreferenceResolver {
  @Query(() => CommunicationPreferences, { description: "Your communication preferences (POL-RIGHT-COMMS)." })
  communicationPreferences(@Ctx() ctx: GraphQLContext) {
    return ctx.services.preferences.get(ctx.viewer!.userId);
  }

  @Mutation(() => CommunicationPreferencesUpdatePayload, { description: "Opt in or out of non-essential communication; takes effect immediately." })
  async communicationPreferencesUpdate(@Arg("input", () => CommunicationPreferencesUpdateInput) input: CommunicationPreferencesUpdateInput, @Ctx() ctx: GraphQLContext): Promise<CommunicationPreferencesUpdatePayload> {
    const actor = { ...actorOf(ctx.viewer, ctx.meta.requestId), userId: ctx.viewer!.userId };
    const clean = Object.fromEntries(Object.entries(input).filter(([, v]) => typeof v === "boolean"));
    return { preferences: await ctx.services.preferences.update(actor, clean), errors: [] };
  }
}
