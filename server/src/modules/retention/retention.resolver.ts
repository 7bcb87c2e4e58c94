import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { badInput } from "../../common/graphql/errors";
import { actorOf } from "../auth/viewer";
import type { RetentionRunEntity } from "./retention.entity";
import { toRuleReports } from "./retention.report";
import { LegalHold, LegalHoldPayload, LegalHoldPlaceInput, RetentionRuleReport, RetentionRun } from "./retention.types";

@Authorized("ADMIN")
@Resolver(() => RetentionRun)
export class RetentionResolver {
  @Query(() => [RetentionRun], { description: "The latest retention runs and what each removed (ADMIN)." })
  retentionRuns(@Ctx() ctx: GraphQLContext) {
    return ctx.services.retention.runs();
  }

  @Mutation(() => RetentionRun, { description: "Run the retention schedule now (ADMIN); dryRun only counts what is due." })
  retentionRunNow(@Arg("dryRun", () => Boolean) dryRun: boolean, @Ctx() ctx: GraphQLContext) {
    return ctx.services.retention.run("MANUAL", dryRun, actorOf(ctx.viewer, ctx.meta.requestId));
  }

  @FieldResolver(() => [RetentionRuleReport], { description: "Per rule, in schedule order: what was removed (or would be), why, and what legal holds kept." })
  report(@Root() run: RetentionRunEntity): RetentionRuleReport[] {
    return toRuleReports(run.report);
  }

  @Query(() => [LegalHold], { description: "Legal holds, newest first (ADMIN)." })
  legalHolds(@Ctx() ctx: GraphQLContext) {
    return ctx.services.retention.holds();
  }

  @Mutation(() => LegalHoldPayload, { description: "Stop retention for a person or organization, e.g. during a dispute (ADMIN)." })
  async legalHoldPlace(@Arg("input", () => LegalHoldPlaceInput) input: LegalHoldPlaceInput, @Ctx() ctx: GraphQLContext): Promise<LegalHoldPayload> {
    if (input.scope !== "USER" && input.scope !== "ORGANIZATION") throw badInput("scope must be USER or ORGANIZATION");
    const r = await ctx.services.retention.placeHold({ ...actorOf(ctx.viewer, ctx.meta.requestId), userId: ctx.viewer!.userId }, input);
    return r.ok ? { legalHold: r.value, errors: [] } : { legalHold: null, errors: r.errors };
  }

  @Mutation(() => LegalHoldPayload, { description: "Release a legal hold (ADMIN); the clocks run again." })
  async legalHoldRelease(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<LegalHoldPayload> {
    const r = await ctx.services.retention.releaseHold(actorOf(ctx.viewer, ctx.meta.requestId), id);
    return r.ok ? { legalHold: r.value, errors: [] } : { legalHold: null, errors: r.errors };
  }
}

@Authorized("ADMIN")
@Resolver(() => LegalHold)
export class LegalHoldResolver {
  @FieldResolver(() => String, { nullable: true, description: "Who or what is held: the person's name (or \"(erased)\") or the organization's name; null when it no longer exists." })
  async subjectName(@Root() hold: LegalHold, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (hold.scope === "USER") {
      const u = await ctx.loaders.user.load(hold.subjectId);
      return u ? (u.erased ? "(erased)" : `${u.firstName} ${u.lastName}`) : null;
    }
    return (await ctx.loaders.organization.load(hold.subjectId))?.name ?? null;
  }
}
