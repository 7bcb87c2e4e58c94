import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { actorOf } from "../auth/viewer";
import { ProfessionalProfile, ProfessionalProfileInput, ProfessionalProfilePayload } from "./professional-profile.types";

@Authorized()
@Resolver()
export class ProfessionalProfileResolver {
  @Query(() => ProfessionalProfile, { description: "Your professional profile." })
  professionalProfile(@Ctx() ctx: GraphQLContext): Promise<ProfessionalProfile> {
    return ctx.services.profiles.get(ctx.viewer!.userId);
  }

  @Mutation(() => ProfessionalProfilePayload, { description: "Save your professional profile (POL-COLLECT-PROFESSIONAL, POL-RIGHT-CORRECT)." })
  async professionalProfileUpdate(@Arg("input", () => ProfessionalProfileInput) input: ProfessionalProfileInput, @Ctx() ctx: GraphQLContext): Promise<ProfessionalProfilePayload> {
    const actor = { ...actorOf(ctx.viewer, ctx.meta.requestId), userId: ctx.viewer!.userId };
    const r = await ctx.services.profiles.save(actor, input);
    return r.ok ? { profile: r.value, errors: [] } : { profile: null, errors: r.errors };
  }
}
