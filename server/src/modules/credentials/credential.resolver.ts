import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import { pageArgs, toConnection } from "../../common/graphql/connection";
import { CertificationType } from "../catalogue/catalogue.types";
import { Program } from "../programs/program.types";
import type { CredentialEntity } from "./credential.entity";
import { Credential, CredentialConnection } from "./credential.types";

@Authorized()
@Resolver(() => Credential)
export class CredentialResolver {
  @Query(() => CredentialConnection, { description: "Your credentials and your organizations' program accreditations (staff: all). `first` is 1–100." })
  async credentials(
    @Arg("first", () => Int, { nullable: true, defaultValue: 25 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CredentialConnection> {
    const { limit, offset } = pageArgs(first, after);
    const { items, total } = await ctx.services.credentials.list(ctx.viewer!, limit, offset);
    return toConnection(items, total, offset) as CredentialConnection;
  }

  @Query(() => Credential, { nullable: true, description: "A credential you hold or manage, or null." })
  credential(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<CredentialEntity | null> {
    return ctx.services.credentials.get(ctx.viewer!, id);
  }

  @FieldResolver(() => CertificationType, { nullable: true })
  certificationType(@Root() c: CredentialEntity, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.certificationType.load(c.certificationTypeId);
  }

  @FieldResolver(() => String, { description: "The certification's name, e.g. Certified Care Assistant." })
  async title(@Root() c: CredentialEntity, @Ctx() ctx: GraphQLContext): Promise<string> {
    return (await ctx.loaders.certificationType.load(c.certificationTypeId))?.name ?? "";
  }

  @FieldResolver(() => Program, { nullable: true, description: "The accredited program, or the program the holder completed." })
  program(@Root() c: CredentialEntity, @Ctx() ctx: GraphQLContext) {
    return c.programId ? ctx.loaders.program.load(c.programId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Holder's name (person) or program title." })
  async holderName(@Root() c: CredentialEntity, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (c.holderUserId) {
      const u = await ctx.loaders.user.load(c.holderUserId);
      return u ? `${u.firstName} ${u.lastName}` : null;
    }
    return c.programId ? ((await ctx.loaders.program.load(c.programId))?.title ?? null) : null;
  }
}
