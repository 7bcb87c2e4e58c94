import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { applicationPayload } from "../applications/application.resolver";
import { ApplicationDecideInput, ApplicationNotePayload, ApplicationPayload, ApplicationScoreInput, ApplicationScorePayload, Person } from "../applications/application.types";
import { actorOf } from "../auth/viewer";

@Authorized("REVIEWER", "ADMIN")
@Resolver()
export class ReviewResolver {
  @Query(() => [Person], { description: "People who can be assigned to review (staff)." })
  async reviewers(@Ctx() ctx: GraphQLContext): Promise<Person[]> {
    const rows = await ctx.services.reviews.reviewers();
    return rows.map((r) => ctx.services.users.toView(r));
  }

  @Mutation(() => ApplicationPayload, { description: "Assign a reviewer (omit reviewerId to take it yourself; only admins assign others). A submitted application goes under review." })
  async applicationAssign(@Arg("id", () => ID) id: string, @Arg("reviewerId", () => ID, { nullable: true }) reviewerId: string | null, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return applicationPayload(await ctx.services.reviews.assign(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), id, reviewerId));
  }

  @Mutation(() => ApplicationPayload, {
    description: "Decide: APPROVE issues the credential, REJECT ends it, REQUEST_CHANGES sends it back. Codes: REASON_REQUIRED, INVALID_TRANSITION, CONFLICT_OF_INTEREST, SECOND_REVIEWER_REQUIRED.",
  })
  async applicationDecide(@Arg("id", () => ID) id: string, @Arg("input", () => ApplicationDecideInput) input: ApplicationDecideInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationPayload> {
    return applicationPayload(await ctx.services.reviews.decide(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), id, input));
  }

  @Mutation(() => ApplicationScorePayload, { description: "Score one rubric criterion (while under review)." })
  async applicationScore(@Arg("id", () => ID) id: string, @Arg("input", () => ApplicationScoreInput) input: ApplicationScoreInput, @Ctx() ctx: GraphQLContext): Promise<ApplicationScorePayload> {
    const r = await ctx.services.reviews.score(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), id, input);
    return r.ok ? { score: r.value, errors: [] } : { score: null, errors: r.errors };
  }

  @Mutation(() => ApplicationNotePayload, { description: "Add a private reviewer note (never shown to the applicant)." })
  async applicationNoteAdd(@Arg("id", () => ID) id: string, @Arg("body") body: string, @Ctx() ctx: GraphQLContext): Promise<ApplicationNotePayload> {
    const r = await ctx.services.reviews.addNote(ctx.viewer!, actorOf(ctx.viewer, ctx.meta.requestId), id, body);
    return r.ok ? { note: { ...r.value, body: ctx.services.reviews.noteBody(r.value) }, errors: [] } : { note: null, errors: r.errors };
  }
}
