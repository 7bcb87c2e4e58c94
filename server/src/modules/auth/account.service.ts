import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { RequestMeta } from "../../app/services";
import type { Clock } from "../../common/clock";
import { normalizeEmail } from "../../common/crypto/field-crypto";
import { randomToken, sha256Hex } from "../../common/crypto/tokens";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import { RATE_LIMITS, type RateLimiter } from "../../common/rate-limit/rate-limiter";
import type { AuditService } from "../audit/audit.service";
import type { MailService } from "../mail/mail.service";
import { mailTemplates } from "../mail/mail.templates";
import { type LanguageCode, UserEntity } from "../users/user.entity";
import type { UserService } from "../users/user.service";
import { checkPassword, hashPassword, passwordProblemMessage, verifyPassword } from "./password";
import type { SessionService } from "./session.service";
import { UserTokenEntity, type UserTokenPurpose } from "./user-token.entity";
import type { Viewer } from "./viewer";

const VERIFY_TTL_MS = 48 * 3600 * 1000;
const RESET_TTL_MS = 3600 * 1000;

/** E-mail verification, password reset by e-mailed single-use token, and password change. */
export class AccountService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly users: UserService,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiter,
    private readonly publicUrl: () => string,
  ) {}

  private async issueToken(em: EntityManager, userId: string, purpose: UserTokenPurpose, ttlMs: number): Promise<string> {
    const token = randomToken(32);
    const now = this.clock.now();
    // Only the newest token of a purpose stays usable.
    await em.query("update user_tokens set used_at = $3 where user_id = $1 and purpose = $2 and used_at is null", [userId, purpose, now]);
    await em.insert(UserTokenEntity, { id: randomUUID(), userId, purpose, tokenHash: sha256Hex(token), createdAt: now, expiresAt: new Date(now.getTime() + ttlMs), usedAt: null });
    return token;
  }

  /** Consume a token inside `em`; null when unknown, used, expired or of another purpose. */
  private async consumeToken(em: EntityManager, token: string, purpose: UserTokenPurpose): Promise<UserTokenEntity | null> {
    if (typeof token !== "string" || token.length < 20 || token.length > 100) return null;
    const row = await em.findOne(UserTokenEntity, { where: { tokenHash: sha256Hex(token) }, lock: { mode: "pessimistic_write" } });
    const now = this.clock.now();
    if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= now) return null;
    await em.update(UserTokenEntity, { id: row.id }, { usedAt: now });
    return row;
  }

  async sendVerification(em: EntityManager, userId: string, email: string, firstName: string, language: LanguageCode): Promise<void> {
    const token = await this.issueToken(em, userId, "VERIFY_EMAIL", VERIFY_TTL_MS);
    const url = `${this.publicUrl()}/verify-email?token=${encodeURIComponent(token)}`;
    await this.mail.enqueue(em, { userId, to: email, template: "verifyEmail", category: "ESSENTIAL", content: mailTemplates.verifyEmail(language, { firstName, url }) });
  }

  async resendVerification(viewer: Viewer, meta: RequestMeta): Promise<Result<true>> {
    if (viewer.emailVerified) return fail(userError("ALREADY_VERIFIED", "Your e-mail address is already confirmed."));
    if (await this.rateLimiter.hit(RATE_LIMITS.verifyResendUser, viewer.userId)) {
      return fail(userError("RATE_LIMITED", "We sent several e-mails already. Please check your inbox and spam folder, or try again in an hour."));
    }
    return this.ds.transaction(async (em) => {
      const user = await em.findOneOrFail(UserEntity, { where: { id: viewer.userId } });
      const view = this.users.toView(user);
      await this.sendVerification(em, user.id, view.email, view.firstName, view.language);
      await this.audit.record(em, { type: "USER", userId: user.id, requestId: meta.requestId }, { action: "user.verification_resent", targetType: "user", targetId: user.id });
      return ok(true);
    });
  }

  async verifyEmail(token: string, meta: RequestMeta): Promise<Result<true>> {
    return this.ds.transaction(async (em) => {
      const row = await this.consumeToken(em, token, "VERIFY_EMAIL");
      if (!row) return fail(userError("TOKEN_INVALID", "This link has expired or was already used. Sign in and ask for a new one.", "token"));
      await em.query("update users set email_verified_at = coalesce(email_verified_at, $2) where id = $1", [row.userId, this.clock.now()]);
      await this.audit.record(em, { type: "USER", userId: row.userId, requestId: meta.requestId }, { action: "user.email_verified", targetType: "user", targetId: row.userId });
      return ok(true);
    });
  }

  /** Always answers the same way, whether or not the account exists (no enumeration). */
  async requestPasswordReset(email: string, meta: RequestMeta): Promise<void> {
    const normalized = normalizeEmail(String(email ?? "")).slice(0, 320);
    const overIp = await this.rateLimiter.hit(RATE_LIMITS.passwordResetIp, meta.ip);
    const overEmail = await this.rateLimiter.hit(RATE_LIMITS.passwordResetEmail, normalized);
    if (overIp || overEmail || !normalized) return;
    const user = await this.users.findByEmail(normalized);
    if (!user || user.disabledAt) return;
    await this.ds.transaction(async (em) => {
      const view = this.users.toView(user);
      const token = await this.issueToken(em, user.id, "RESET_PASSWORD", RESET_TTL_MS);
      const url = `${this.publicUrl()}/reset-password?token=${encodeURIComponent(token)}`;
      await this.mail.enqueue(em, { userId: user.id, to: view.email, template: "passwordReset", category: "ESSENTIAL", content: mailTemplates.passwordReset(view.language, { firstName: view.firstName, url }) });
      await this.audit.record(em, { type: "ANONYMOUS", userId: null, requestId: meta.requestId }, { action: "auth.password_reset_requested", targetType: "user", targetId: user.id });
    });
  }

  async resetPassword(token: string, newPassword: string, meta: RequestMeta): Promise<Result<true>> {
    const problem = checkPassword(String(newPassword ?? ""));
    if (problem) return fail(userError("WEAK_PASSWORD", passwordProblemMessage(problem), "newPassword"));
    const hash = await hashPassword(newPassword);
    return this.ds.transaction(async (em) => {
      const row = await this.consumeToken(em, token, "RESET_PASSWORD");
      if (!row) return fail(userError("TOKEN_INVALID", "This reset link has expired or was already used. Ask for a new one.", "token"));
      const user = await em.findOneOrFail(UserEntity, { where: { id: row.userId }, lock: { mode: "pessimistic_write" } });
      const now = this.clock.now();
      await em.update(UserEntity, { id: user.id }, { passwordHash: hash, emailVerifiedAt: user.emailVerifiedAt ?? now, updatedAt: now });
      const actor = { type: "USER" as const, userId: user.id, requestId: meta.requestId };
      await this.sessions.revokeAllForUser(em, user.id, "PASSWORD_RESET", actor);
      await this.audit.record(em, actor, { action: "auth.password_reset", targetType: "user", targetId: user.id });
      const view = this.users.toView(user);
      await this.mail.enqueue(em, { userId: user.id, to: view.email, template: "passwordChanged", category: "ESSENTIAL", content: mailTemplates.passwordChanged(view.language, { firstName: view.firstName }) });
      return ok(true);
    });
  }

  /** Needs the current password; signs out every other session. */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string, meta: RequestMeta): Promise<Result<true>> {
    const user = await this.users.findById(viewer.userId);
    if (!user || !(await verifyPassword(user.passwordHash, String(currentPassword ?? "")))) {
      return fail(userError("INVALID_CREDENTIALS", "Your current password is not right.", "currentPassword"));
    }
    const problem = checkPassword(String(newPassword ?? ""));
    if (problem) return fail(userError("WEAK_PASSWORD", passwordProblemMessage(problem), "newPassword"));
    const hash = await hashPassword(newPassword);
    return this.ds.transaction(async (em) => {
      const actor = { type: "USER" as const, userId: user.id, requestId: meta.requestId };
      await em.update(UserEntity, { id: user.id }, { passwordHash: hash, updatedAt: this.clock.now() });
      await this.sessions.revokeAllForUser(em, user.id, "PASSWORD_CHANGED", actor, viewer.sessionId);
      await this.sessions.touchAuthTime(em, viewer.sessionId);
      await this.audit.record(em, actor, { action: "auth.password_changed", targetType: "user", targetId: user.id });
      const view = this.users.toView(user);
      await this.mail.enqueue(em, { userId: user.id, to: view.email, template: "passwordChanged", category: "ESSENTIAL", content: mailTemplates.passwordChanged(view.language, { firstName: view.firstName }) });
      return ok(true);
    });
  }
}
