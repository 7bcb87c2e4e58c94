import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { pageArgs, toConnection } from "../../common/graphql/connection";
import { AuditEventConnection, AuditEventsFilter } from "./audit.types";

@Authorized("ADMIN")
@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description: "The audit trail, newest first, filtered (ADMIN; POL-SEC-AUDIT). `first` is 1–100. For a tamper-evident copy download GET /api/audit/export (hash-chained JSON lines).",
  })
  async auditEvents(
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => AuditEventsFilter, { nullable: true }) filter: AuditEventsFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuditEventConnection> {
    const { limit, offset } = pageArgs(first, after);
    const { items, total } = await ctx.services.auditLog.list(filter ?? {}, limit, offset);
    return toConnection(items, total, offset) as unknown as AuditEventConnection;
  }
}
