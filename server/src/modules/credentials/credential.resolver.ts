import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { EntityManager } from "typeorm";
import { forbidden, rateLimited, unauthenticated } from "../../common/graphql/errors";
import { RATE_LIMITS } from "../../common/rate-limit/rate-limiter";
import { actorOf } from "../auth/viewer";
import type { GraphQLContext } from "../../app/context";
import { pageArgs, toConnection } from "../../common/graphql/connection";
import { CertificationType } from "../catalogue/catalogue.types";
import { Program } from "../programs/program.types";
import type { CredentialEntity } from "./credential.entity";
import { Credential, CredentialConnection, CredentialHistoryEvent, CredentialFileVerification, CredentialPayload, CredentialVerification } from "./credential.types";

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

  @FieldResolver(() => [CredentialHistoryEvent], { description: "What happened to this credential, oldest first: issue, renewal, suspension, reinstatement, revocation, expiry (POL-RIGHT-HISTORY)." })
  history(@Root() c: CredentialEntity, @Ctx() ctx: GraphQLContext): Promise<CredentialHistoryEvent[]> {
    return ctx.loaders.credentialHistory.load(c.id);
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

/** Public verification (POL-SHARE-VERIFY): rate-limited per network. */
@Resolver()
export class VerificationResolver {
  @Query(() => CredentialVerification, { description: "Check a credential number (public, rate-limited): status and the minimum a verifier needs. Unknown or malformed numbers give NOT_FOUND." })
  async credentialVerify(@Arg("number") number: string, @Ctx() ctx: GraphQLContext): Promise<CredentialVerification> {
    if (ctx.tokenInvalid) throw unauthenticated("This API key or session is not valid (revoked or expired).");
    const key = ctx.apiKey;
    if (key && !key.scopes.includes("CREDENTIALS_VERIFY")) throw forbidden("This API key lacks the CREDENTIALS_VERIFY scope.");
    const limited = key
      ? await ctx.services.rateLimiter.hit({ bucket: "verify:key", limit: key.rateLimitPerMinute, windowSeconds: 60 }, key.keyId)
      : await ctx.services.rateLimiter.hit(RATE_LIMITS.verifyIp, ctx.meta.ip);
    if (limited) throw rateLimited();
    const result = await ctx.services.verification.verifyNumber(String(number).slice(0, 64));
    if (key && result.credential) {
      const c = await ctx.services.verification.findByNumber(result.credential.number);
      if (c) await ctx.services.apiKeys.recordVerification(key, c.id, result.status);
    }
    return result;
  }

  @Query(() => CredentialFileVerification, { description: "Check a credential file (the JSON document) step by step: shape, signature, status, dates (public, rate-limited)." })
  async credentialVerifyDocument(@Arg("document", () => GraphQLJSONObject) document: Record<string, unknown>, @Ctx() ctx: GraphQLContext): Promise<CredentialFileVerification> {
    if (await ctx.services.rateLimiter.hit(RATE_LIMITS.verifyIp, ctx.meta.ip)) throw rateLimited();
    return ctx.services.verification.verifyDocument(document);
  }
}

const TITLES = {
  REVOKE: (n: string) => `Your credential ${n} was revoked`,
  SUSPEND: (n: string) => `Your credential ${n} was suspended`,
  REINSTATE: (n: string) => `Your credential ${n} is active again`,
} as const;

@Authorized("ADMIN")
@Resolver()
export class CredentialAdminResolver {
  private async change(ctx: GraphQLContext, id: string, change: "REVOKE" | "SUSPEND" | "REINSTATE", reason: string | null, cascade = false): Promise<CredentialPayload> {
    const s = ctx.services;
    const r = await s.credentials.changeStatus(actorOf(ctx.viewer, ctx.meta.requestId), id, change, reason, async (em: EntityManager, c) => {
      const app = await em.query("select applicant_user_id from applications where id = $1", [c.applicationId]);
      const userId: string | undefined = c.holderUserId ?? app[0]?.applicant_user_id;
      if (userId) {
        await s.notifications.notify(em, {
          userId,
          kind: `credential.${change.toLowerCase()}`,
          title: TITLES[change](c.number),
          body: change === "REINSTATE" ? "It verifies as valid again." : `Reason: ${c.statusReason ?? reason}`,
          link: "/app/credentials",
          email: "ESSENTIAL",
        });
      }
    }, { cascadeToProgramHolders: cascade });
    return r.ok ? { credential: r.value, revokedWithIt: r.value.cascaded ?? 0, errors: [] } : { credential: null, revokedWithIt: 0, errors: r.errors };
  }

  @Mutation(() => CredentialPayload, {
    description: "Revoke a credential for good (ADMIN). For a program accreditation, `includeProgramHolders` also revokes every credential earned through that program. Codes: REASON_REQUIRED, ALREADY_REVOKED, NOT_FOUND.",
  })
  credentialRevoke(
    @Arg("id", () => ID) id: string,
    @Arg("reason") reason: string,
    @Arg("includeProgramHolders", () => Boolean, { nullable: true, defaultValue: false }) includeProgramHolders: boolean,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.change(ctx, id, "REVOKE", reason, includeProgramHolders);
  }

  @Mutation(() => CredentialPayload, { description: "Suspend a credential until reinstated (ADMIN). Codes: REASON_REQUIRED, ALREADY_SUSPENDED, ALREADY_REVOKED." })
  credentialSuspend(@Arg("id", () => ID) id: string, @Arg("reason") reason: string, @Ctx() ctx: GraphQLContext) {
    return this.change(ctx, id, "SUSPEND", reason);
  }

  @Mutation(() => CredentialPayload, { description: "Lift a suspension (ADMIN). Code NOT_SUSPENDED." })
  credentialReinstate(@Arg("id", () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return this.change(ctx, id, "REINSTATE", null);
  }
}
