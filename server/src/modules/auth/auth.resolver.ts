import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../app/context";
import type { Result } from "../../common/graphql/user-error";
import { User } from "../users/user.types";
import type { AuthSuccess } from "./auth.service";
import {
  AuthLoginInput,
  AuthLogoutPayload,
  AuthPasswordChangeInput,
  AuthPasswordChangePayload,
  AuthPasswordResetInput,
  AuthPasswordResetPayload,
  AuthPasswordResetRequestPayload,
  AuthPayload,
  AuthRegisterInput,
  AuthResendVerificationPayload,
  AuthVerifyEmailPayload,
  MfaTotpBeginPayload,
  MfaTotpConfirmPayload,
} from "./auth.types";

async function toAuthPayload(ctx: GraphQLContext, result: Result<AuthSuccess>): Promise<AuthPayload> {
  if (!result.ok) return { accessToken: null, user: null, errors: result.errors };
  const { tokens, userId } = result.value;
  ctx.refreshCookie.set(tokens.refreshToken, tokens.refreshExpiresAt);
  const entity = await ctx.services.users.findById(userId);
  return { accessToken: tokens.accessToken, user: entity ? ctx.services.users.toView(entity) : null, errors: [] };
}

const okPayload = (r: Result<unknown>) => (r.ok ? { ok: true, errors: [] } : { ok: false, errors: r.errors });

/** Public authentication operations (listed in PUBLIC_OPERATIONS). */
@Resolver()
export class AuthPublicResolver {
  @Mutation(() => AuthPayload, { description: "Create an account (18+), accept the current policies, and sign in." })
  async authRegister(@Arg("input", () => AuthRegisterInput) input: AuthRegisterInput, @Ctx() ctx: GraphQLContext): Promise<AuthPayload> {
    return toAuthPayload(ctx, await ctx.services.auth.register(input, ctx.meta));
  }

  @Mutation(() => AuthPayload, { description: "Sign in. Rate-limited per account and network; errors never tell whether an account exists." })
  async authLogin(@Arg("input", () => AuthLoginInput) input: AuthLoginInput, @Ctx() ctx: GraphQLContext): Promise<AuthPayload> {
    return toAuthPayload(ctx, await ctx.services.auth.login(input, ctx.meta));
  }

  @Mutation(() => AuthPayload, { description: "Exchange the refresh cookie for a new access token (the cookie rotates)." })
  async authRefresh(@Ctx() ctx: GraphQLContext): Promise<AuthPayload> {
    const result = await ctx.services.auth.refresh(ctx.refreshCookie.read(), ctx.meta);
    if (!result.ok) ctx.refreshCookie.clear();
    return toAuthPayload(ctx, result);
  }

  @Mutation(() => AuthLogoutPayload, { description: "End this session: the access and refresh tokens stop working at once." })
  async authLogout(@Ctx() ctx: GraphQLContext): Promise<AuthLogoutPayload> {
    await ctx.services.auth.logout(ctx.viewer, ctx.refreshCookie.read(), ctx.meta);
    ctx.refreshCookie.clear();
    return { ok: true, errors: [] };
  }

  @Mutation(() => AuthVerifyEmailPayload, { description: "Confirm an e-mail address with the token from the e-mailed link." })
  async authVerifyEmail(@Arg("token") token: string, @Ctx() ctx: GraphQLContext): Promise<AuthVerifyEmailPayload> {
    return okPayload(await ctx.services.accounts.verifyEmail(token, ctx.meta));
  }

  @Mutation(() => AuthPasswordResetRequestPayload, { description: "E-mail a single-use reset link (1 hour) if the account exists. Always ok." })
  async authPasswordResetRequest(@Arg("email") email: string, @Ctx() ctx: GraphQLContext): Promise<AuthPasswordResetRequestPayload> {
    await ctx.services.accounts.requestPasswordReset(email, ctx.meta);
    return { ok: true, errors: [] };
  }

  @Mutation(() => AuthPasswordResetPayload, { description: "Set a new password with a reset token; signs out every session." })
  async authPasswordReset(@Arg("input", () => AuthPasswordResetInput) input: AuthPasswordResetInput, @Ctx() ctx: GraphQLContext): Promise<AuthPasswordResetPayload> {
    return okPayload(await ctx.services.accounts.resetPassword(input.token, input.newPassword, ctx.meta));
  }
}

/** Authentication operations for a signed-in person. */
@Authorized()
@Resolver()
export class AuthAccountResolver {
  @Mutation(() => AuthResendVerificationPayload, { description: "Send the e-mail confirmation link again (5 per hour)." })
  async authResendVerification(@Ctx() ctx: GraphQLContext): Promise<AuthResendVerificationPayload> {
    return okPayload(await ctx.services.accounts.resendVerification(ctx.viewer!, ctx.meta));
  }

  @Mutation(() => AuthPasswordChangePayload, { description: "Change the password (the current one is required); other sessions are signed out." })
  async authPasswordChange(@Arg("input", () => AuthPasswordChangeInput) input: AuthPasswordChangeInput, @Ctx() ctx: GraphQLContext): Promise<AuthPasswordChangePayload> {
    return okPayload(await ctx.services.accounts.changePassword(ctx.viewer!, input.currentPassword, input.newPassword, ctx.meta));
  }

  @Mutation(() => MfaTotpBeginPayload, { description: "Start TOTP enrolment. Changing an existing set-up needs a sign-in within 10 minutes (STEP_UP_REQUIRED)." })
  async mfaTotpBegin(@Ctx() ctx: GraphQLContext): Promise<MfaTotpBeginPayload> {
    const r = await ctx.services.mfa.begin(ctx.viewer!, ctx.meta);
    return r.ok ? { ...r.value, errors: [] } : { secret: null, otpauthUrl: null, errors: r.errors };
  }

  @Mutation(() => MfaTotpConfirmPayload, { description: "Finish TOTP enrolment with a code from the app; returns 10 recovery codes once." })
  async mfaTotpConfirm(@Arg("code") code: string, @Ctx() ctx: GraphQLContext): Promise<MfaTotpConfirmPayload> {
    const r = await ctx.services.mfa.confirm(ctx.viewer!, code, ctx.meta);
    if (!r.ok) return { recoveryCodes: null, user: null, errors: r.errors };
    const entity = await ctx.services.users.findById(ctx.viewer!.userId);
    return { recoveryCodes: r.value.recoveryCodes, user: entity ? (ctx.services.users.toView(entity) as User) : null, errors: [] };
  }
}
