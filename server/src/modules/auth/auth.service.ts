import type { DataSource } from "typeorm";
import type { RequestMeta } from "../../app/services";
import type { Clock } from "../../common/clock";
import { normalizeEmail } from "../../common/crypto/field-crypto";
import { sha256Hex } from "../../common/crypto/tokens";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import { RATE_LIMITS, type RateLimiter } from "../../common/rate-limit/rate-limiter";
import type { AuditService } from "../audit/audit.service";
import type { PolicyService } from "../policies/policy.service";
import { UserEntity } from "../users/user.entity";
import type { UserService } from "../users/user.service";
import { zodToUserErrors } from "../users/user.validation";
import type { AccountService } from "./account.service";
import { isAdult, parseLocalDate } from "./age.rules";
import { registerSchema, type RegisterInput } from "./auth.validation";
import type { MfaService } from "./mfa.service";
import { checkPassword, dummyPasswordHash, hashPassword, needsRehash, passwordProblemMessage, verifyPassword } from "./password";
import type { IssuedTokens, SessionService } from "./session.service";
import { actorOf, type Viewer } from "./viewer";

export interface AuthSuccess {
  userId: string;
  tokens: IssuedTokens;
}

export interface LoginInput {
  email: string;
  password: string;
  totpCode?: string | null;
  recoveryCode?: string | null;
}

const INVALID_CREDENTIALS = () => userError("INVALID_CREDENTIALS", "The e-mail address or password is not right.");

/** Registration, sign-in, refresh and sign-out. */
export class AuthService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly users: UserService,
    private readonly sessions: SessionService,
    private readonly policies: PolicyService,
    private readonly accounts: AccountService,
    private readonly mfa: MfaService,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiter,
  ) {}

  /**
   * Create an account (POL-COLLECT-ACCOUNT) for an adult (POL-CHILD-18) who accepted the current
   * policies (POL-CHANGE-NOTICE). An under-age attempt stores nothing at all.
   */
  async register(raw: RegisterInput, meta: RequestMeta): Promise<Result<AuthSuccess>> {
    const parsed = registerSchema.safeParse(raw);
    if (!parsed.success) return fail(...zodToUserErrors(parsed.error));
    const input = parsed.data;

    const birth = parseLocalDate(input.dateOfBirth)!;
    if (!isAdult(birth, this.clock.now(), input.timeZone ?? "UTC")) {
      return fail(userError("UNDERAGE", "You must be 18 or older to create an account.", "dateOfBirth"));
    }
    const problem = checkPassword(input.password);
    if (problem) return fail(userError("WEAK_PASSWORD", passwordProblemMessage(problem), "password"));

    const current = await this.policies.current();
    const accepted = new Set(input.acceptedPolicyVersionIds);
    if (current.some((p) => !accepted.has(p.id))) {
      return fail(userError("POLICY_NOT_ACCEPTED", "Please read and accept the privacy policy to continue.", "acceptedPolicyVersionIds"));
    }
    if (await this.rateLimiter.hit(RATE_LIMITS.registerIp, meta.ip)) {
      return fail(userError("RATE_LIMITED", "Too many sign-ups from your network. Please try again later."));
    }
    if (await this.users.emailExists(input.email)) {
      return fail(userError("EMAIL_TAKEN", "An account with this e-mail address already exists. Try signing in.", "email"));
    }

    const passwordHash = await hashPassword(input.password);
    try {
      return await this.ds.transaction(async (em) => {
        const user = await this.users.insert(em, {
          email: input.email,
          passwordHash,
          firstName: input.firstName,
          lastName: input.lastName,
          dateOfBirth: input.dateOfBirth,
          phone: input.phone ?? null,
          organizationName: input.organizationName ?? null,
          roles: ["APPLICANT"],
          language: input.language ?? "en",
        });
        for (const version of current) await this.policies.recordConsent(em, user.id, version, "REGISTRATION", meta);
        const actor = { type: "USER" as const, userId: user.id, requestId: meta.requestId };
        await this.audit.record(em, actor, { action: "user.registered", targetType: "user", targetId: user.id, metadata: { policyVersions: current.map((c) => c.id) } });
        await this.accounts.sendVerification(em, user.id, input.email, input.firstName, user.language);
        const tokens = await this.sessions.create(em, user, meta);
        await this.audit.record(em, actor, { action: "auth.login", targetType: "session", targetId: tokens.sessionId, metadata: { method: "REGISTRATION" } });
        return ok({ userId: user.id, tokens });
      });
    } catch (err) {
      if ((err as { code?: string }).code === "23505") {
        return fail(userError("EMAIL_TAKEN", "An account with this e-mail address already exists. Try signing in.", "email"));
      }
      throw err;
    }
  }

  /** Sign in without user enumeration: one generic error, and the same work whether or not the account exists. */
  async login(input: LoginInput, meta: RequestMeta): Promise<Result<AuthSuccess>> {
    const email = normalizeEmail(String(input.email ?? "")).slice(0, 320);
    const acctIp = `${email}|${meta.ip}`;
    // Count the attempt atomically before any check, so parallel requests cannot slip past the limit;
    // a successful sign-in resets the account+network counter.
    const overAccount = await this.rateLimiter.hit(RATE_LIMITS.loginAccountIp, acctIp);
    const overIp = await this.rateLimiter.hit(RATE_LIMITS.loginIpDaily, meta.ip);
    if (overAccount || overIp) return fail(userError("RATE_LIMITED", "Too many sign-in attempts. Please wait a few minutes and try again."));

    const user = email ? await this.users.findByEmail(email) : null;
    const passwordOk = user
      ? await verifyPassword(user.passwordHash, String(input.password ?? ""))
      : (await verifyPassword(await dummyPasswordHash(), String(input.password ?? "")), false);

    if (!user || !passwordOk || user.disabledAt) {
      await this.ds.transaction((em) =>
        this.audit.record(em, { type: "ANONYMOUS", userId: null, requestId: meta.requestId }, {
          action: "auth.login_failed",
          targetType: user ? "user" : undefined,
          targetId: user?.id,
          metadata: { reason: !user ? "unknown_account" : user.disabledAt ? "disabled" : "bad_password" },
        }),
      );
      return fail(INVALID_CREDENTIALS());
    }

    if (user.totpEnabledAt) {
      if (!input.totpCode && !input.recoveryCode) {
        return fail(userError("MFA_REQUIRED", "Enter the 6-digit code from your authenticator app.", "totpCode"));
      }
      const mfaOk = await this.mfa.verifyForLogin(user, input.totpCode ?? null, input.recoveryCode ?? null, meta);
      if (!mfaOk.ok) return mfaOk;
    }

    return this.ds.transaction(async (em) => {
      if (needsRehash(user.passwordHash)) {
        await em.update(UserEntity, { id: user.id }, { passwordHash: await hashPassword(String(input.password)) });
      }
      await em.update(UserEntity, { id: user.id }, { lastActiveAt: this.clock.now() });
      await this.rateLimiter.reset(RATE_LIMITS.loginAccountIp, acctIp);
      const tokens = await this.sessions.create(em, user, meta);
      await this.audit.record(em, { type: "USER", userId: user.id, requestId: meta.requestId }, {
        action: "auth.login",
        targetType: "session",
        targetId: tokens.sessionId,
        metadata: { mfa: user.totpEnabledAt ? (input.totpCode ? "totp" : "recovery_code") : "none" },
      });
      return ok({ userId: user.id, tokens });
    });
  }

  async refresh(refreshToken: string | undefined, meta: RequestMeta): Promise<Result<AuthSuccess>> {
    if (!refreshToken || refreshToken.length > 200) return fail(userError("SESSION_EXPIRED", "Your session has ended. Please sign in again."));
    const outcome = await this.sessions.refresh(refreshToken, meta);
    if (!outcome.ok) return fail(userError("SESSION_EXPIRED", "Your session has ended. Please sign in again."));
    return ok({ userId: outcome.userId, tokens: outcome.tokens });
  }

  async logout(viewer: Viewer | null, refreshToken: string | undefined, meta: RequestMeta): Promise<void> {
    await this.ds.transaction(async (em) => {
      let sessionId = viewer?.sessionId ?? null;
      if (!sessionId && refreshToken) {
        const rows: { session_id: string }[] = await em.query("select session_id from refresh_tokens where token_hash = $1", [sha256Hex(refreshToken)]);
        sessionId = rows[0]?.session_id ?? null;
      }
      if (sessionId) await this.sessions.revokeSession(em, sessionId, "LOGOUT", actorOf(viewer, meta.requestId));
    });
  }
}
