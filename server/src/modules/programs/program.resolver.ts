import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { pageArgs, toConnection } from "../../common/graphql/connection";
import { actorOf } from "../auth/viewer";
import { Organization } from "../organizations/organization.types";
import type { ProgramView } from "./program.service";
import { Instructor, Program, ProgramConnection, ProgramCreateInput, ProgramPayload, ProgramsFilter, ProgramUpdateInput } from "./program.types";

const payload = (r: { ok: true; value: ProgramView } | { ok: false; errors: ProgramPayload["errors"] }): ProgramPayload =>
  r.ok ? { program: r.value, errors: [] } : { program: null, errors: r.errors };

@Authorized()
@Resolver(() => Program)
export class ProgramResolver {
  @Query(() => ProgramConnection, { description: "Programs of your organizations (staff: all). `first` is 1–100." })
  async programs(
    @Arg("first", () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => ProgramsFilter, { nullable: true }) filter: ProgramsFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProgramConnection> {
    const { limit, offset } = pageArgs(first, after);
    const { items, total } = await ctx.services.programs.list(ctx.viewer!, filter ?? {}, limit, offset);
    return toConnection(items, total, offset) as ProgramConnection;
  }

  @Query(() => Program, { nullable: true, description: "A program you may see, or null." })
  program(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ProgramView | null> {
    return ctx.services.programs.get(ctx.viewer!, id);
  }

  @Query(() => [Program], { description: "Programs with an active accreditation, to cite in an individual certification (search by title; at most 50)." })
  accreditedPrograms(@Arg("search", () => String, { nullable: true }) search: string | null, @Ctx() ctx: GraphQLContext): Promise<ProgramView[]> {
    return ctx.services.programs.accredited(search?.slice(0, 100) ?? null, 50);
  }

  @Mutation(() => ProgramPayload, { description: "Create a training program with its curriculum and instructors." })
  async programCreate(@Arg("input", () => ProgramCreateInput) input: ProgramCreateInput, @Ctx() ctx: GraphQLContext): Promise<ProgramPayload> {
    const actor = { ...actorOf(ctx.viewer, ctx.meta.requestId), userId: ctx.viewer!.userId };
    return payload(await ctx.services.programs.create(ctx.viewer!, actor, input));
  }

  @Mutation(() => ProgramPayload, { description: "Edit a program (not while its accreditation is being reviewed)." })
  async programUpdate(@Arg("id", () => ID) id: string, @Arg("input", () => ProgramUpdateInput) input: ProgramUpdateInput, @Ctx() ctx: GraphQLContext): Promise<ProgramPayload> {
    const actor = { ...actorOf(ctx.viewer, ctx.meta.requestId), userId: ctx.viewer!.userId };
    const r = await ctx.services.programs.update(ctx.viewer!, actor, id, input);
    if (r.ok) ctx.services.verification.forgetReferences(); // the title verifiers see
    return payload(r);
  }

  @Mutation(() => ProgramPayload, { description: "Archive a program; it can no longer be applied for." })
  async programArchive(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ProgramPayload> {
    const actor = { ...actorOf(ctx.viewer, ctx.meta.requestId), userId: ctx.viewer!.userId };
    return payload(await ctx.services.programs.archive(ctx.viewer!, actor, id));
  }

  @FieldResolver(() => [Instructor], { description: "Instructors (personal data): shown to the provider's members and staff; empty for others." })
  async instructors(@Root() p: ProgramView, @Ctx() ctx: GraphQLContext) {
    if (!ctx.viewer) return [];
    return (await ctx.services.programs.canView(ctx.viewer, { organizationId: p.organizationId, status: p.status })) ? p.instructors : [];
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The provider organization." })
  organization(@Root() p: ProgramView, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.organization.load(p.organizationId);
  }
}
