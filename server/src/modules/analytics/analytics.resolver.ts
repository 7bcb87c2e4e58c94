import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { badInput } from "../../common/graphql/errors";
import { AnalyticsEventsRecordPayload, AnalyticsSummary, UsageEventInput } from "./analytics.types";

@Authorized()
@Resolver()
export class AnalyticsResolver {
  @Mutation(() => AnalyticsEventsRecordPayload, { description: "Send usage, web-vital and client-error events (at most 50). Stored only with analytics consent." })
  async analyticsEventsRecord(@Arg("events", () => [UsageEventInput]) events: UsageEventInput[], @Ctx() ctx: GraphQLContext): Promise<AnalyticsEventsRecordPayload> {
    const r = await ctx.services.analytics.record(ctx.viewer!.userId, events, ctx.meta);
    return r.ok ? { ...r.value, errors: [] } : { accepted: 0, consent: false, errors: r.errors };
  }
}

@Authorized("ADMIN")
@Resolver()
export class AnalyticsAdminResolver {
  @Query(() => AnalyticsSummary, { description: "Usage over the last `days` (1–730) UTC days, today included (ADMIN): the admin analytics charts." })
  analyticsSummary(@Arg("days", () => Int, { defaultValue: 30 }) days: number, @Ctx() ctx: GraphQLContext) {
    if (!Number.isInteger(days) || days < 1 || days > 730) throw badInput("days must be 1–730");
    return ctx.services.analytics.summary(days);
  }
}
