import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { badInput } from "../../common/graphql/errors";
import { periodProblem } from "./insights.rules";
import { AdminInsights, AdminInsightsInput } from "./insights.types";

@Authorized("ADMIN")
@Resolver()
export class InsightsResolver {
  @Query(() => AdminInsights, {
    description:
      "Admin insight charts (ADMIN): applications by status and review turnaround per UTC bucket of the period (at most 731 days, 366 buckets), credentials expiring in the next 90 days, open privacy requests by due date, retention runs of the period.",
  })
  adminInsights(@Arg("input", () => AdminInsightsInput) input: AdminInsightsInput, @Ctx() ctx: GraphQLContext): Promise<AdminInsights> {
    const problem = periodProblem(input.from, input.to, input.bucket);
    if (problem) throw badInput(problem);
    return ctx.services.insights.adminInsights(input.from, input.to, input.bucket);
  }
}
