import type { DataSource } from "typeorm";
import type { RequestMeta } from "../../app/services";
import type { Clock } from "../../common/clock";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { fail, ok, type Result, userError } from "../../common/graphql/user-error";
import { RATE_LIMITS, type RateLimiter } from "../../common/rate-limit/rate-limiter";
import type { AuditService } from "../audit/audit.service";
import type { MailService } from "../mail/mail.service";
import { mailTemplates } from "../mail/mail.templates";
import { UserEntity } from "../users/user.entity";
import type { UserService } from "../users/user.service";
import { hashRecoveryCode, matchTotpStep, newRecoveryCodes, newTotpSecret, totpFor } from "./totp";
import { hasRecentAuth, type Viewer } from "./viewer";

/** TOTP multi-factor authentication with single-use recovery codes (POL-SEC-MFA). */
export class MfaService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly users: UserService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiter,
  ) {}

  /** Start enrolment: a new 160-bit secret, kept pending (encrypted) until a code confirms it. */
  async begin(viewer: Viewer, meta: RequestMeta): Promise<Result<{ secret: string; otpauthUrl: string }>> {
    if (viewer.mfaEnabled && !hasRecentAuth(viewer, this.clock.now())) {
      return fail(userError("STEP_UP_REQUIRED", "For your security, sign in again before changing two-step sign-in."));
    }
    return this.ds.transaction(async (em) => {
      const user = await em.findOneOrFail(UserEntity, { where: { id: viewer.userId }, lock: { mode: "pessimistic_write" } });
      const secret = newTotpSecret();
      await em.update(UserEntity, { id: user.id }, { totpPendingSecretEnc: this.crypto.encrypt(aadFor("users", "totp_pending_secret", user.id), secret) });
      await this.audit.record(em, { type: "USER", userId: user.id, requestId: meta.requestId }, { action: "mfa.enrolment_started", targetType: "user", targetId: user.id });
      const email = this.users.toView(user).email;
      return ok({ secret, otpauthUrl: totpFor(secret, email).toString() });
    });
  }

  /** Confirm enrolment with a code from the app; returns 10 recovery codes, shown once. */
  async confirm(viewer: Viewer, code: string, meta: RequestMeta): Promise<Result<{ recoveryCodes: string[] }>> {
    if (await this.rateLimiter.hit(RATE_LIMITS.mfaUser, viewer.userId)) return fail(userError("RATE_LIMITED", "Too many attempts. Please wait a few minutes."));
    return this.ds.transaction(async (em) => {
      const user = await em.findOneOrFail(UserEntity, { where: { id: viewer.userId }, lock: { mode: "pessimistic_write" } });
      if (!user.totpPendingSecretEnc) return fail(userError("MFA_NOT_STARTED", "Start setting up two-step sign-in first."));
      const secret = this.crypto.decrypt(aadFor("users", "totp_pending_secret", user.id), user.totpPendingSecretEnc);
      const step = matchTotpStep(secret, String(code ?? "").trim(), this.clock.now());
      if (step === null) return fail(userError("MFA_INVALID", "That code did not match. Check the time on your phone and try the newest code.", "code"));
      const codes = newRecoveryCodes();
      await em.update(UserEntity, { id: user.id }, {
        totpSecretEnc: this.crypto.encrypt(aadFor("users", "totp_secret", user.id), secret),
        totpPendingSecretEnc: null,
        totpEnabledAt: this.clock.now(),
        totpLastStep: step,
        recoveryCodeHashes: codes.map(hashRecoveryCode),
      });
      await this.rateLimiter.reset(RATE_LIMITS.mfaUser, viewer.userId);
      await this.audit.record(em, { type: "USER", userId: user.id, requestId: meta.requestId }, { action: "mfa.enabled", targetType: "user", targetId: user.id });
      const view = this.users.toView(user);
      await this.mail.enqueue(em, { userId: user.id, to: view.email, template: "mfaEnabled", category: "ESSENTIAL", content: mailTemplates.mfaEnabled(view.language, { firstName: view.firstName }) });
      return ok({ recoveryCodes: codes });
    });
  }

  /** Second factor at sign-in: a fresh TOTP step (never reused) or an unused recovery code. */
  async verifyForLogin(user: UserEntity, totpCode: string | null, recoveryCode: string | null, meta: RequestMeta): Promise<Result<true>> {
    const invalid = fail<true>(userError("MFA_INVALID", "That code did not work. Try the newest code from your app.", totpCode ? "totpCode" : "recoveryCode"));
    if (await this.rateLimiter.hit(RATE_LIMITS.mfaUser, user.id)) return fail(userError("RATE_LIMITED", "Too many attempts. Please wait a few minutes."));
    const result = await this.ds.transaction(async (em) => {
      const fresh = await em.findOneOrFail(UserEntity, { where: { id: user.id }, lock: { mode: "pessimistic_write" } });
      if (totpCode) {
        const secret = this.crypto.decrypt(aadFor("users", "totp_secret", fresh.id), fresh.totpSecretEnc!);
        const step = matchTotpStep(secret, String(totpCode).trim(), this.clock.now());
        if (step === null || (fresh.totpLastStep !== null && step <= fresh.totpLastStep)) return false;
        await em.update(UserEntity, { id: fresh.id }, { totpLastStep: step });
        return true;
      }
      const hash = hashRecoveryCode(String(recoveryCode));
      if (!fresh.recoveryCodeHashes.includes(hash)) return false;
      await em.update(UserEntity, { id: fresh.id }, { recoveryCodeHashes: fresh.recoveryCodeHashes.filter((h) => h !== hash) });
      await this.audit.record(em, { type: "USER", userId: fresh.id, requestId: meta.requestId }, {
        action: "mfa.recovery_code_used",
        targetType: "user",
        targetId: fresh.id,
        metadata: { remaining: fresh.recoveryCodeHashes.length - 1 },
      });
      return true;
    });
    if (!result) {
      await this.ds.transaction((em) =>
        this.audit.record(em, { type: "ANONYMOUS", userId: null, requestId: meta.requestId }, { action: "auth.mfa_failed", targetType: "user", targetId: user.id }),
      );
      return invalid;
    }
    await this.rateLimiter.reset(RATE_LIMITS.mfaUser, user.id);
    return ok(true);
  }
}
