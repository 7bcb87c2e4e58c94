import type { DataSource } from "typeorm";
import type { Clock } from "../clock";
import type { FieldCrypto } from "../crypto/field-crypto";

export interface RateLimitRule {
  bucket: string;
  limit: number;
  windowSeconds: number;
}

/** Limits used across the API (per SECURITY.md: per account+IP with a per-IP daily budget). */
export const RATE_LIMITS = {
  loginAccountIp: { bucket: "login:acct-ip", limit: 10, windowSeconds: 15 * 60 },
  loginIpDaily: { bucket: "login:ip", limit: 200, windowSeconds: 24 * 3600 },
  mfaUser: { bucket: "mfa:user", limit: 10, windowSeconds: 15 * 60 },
  passwordResetEmail: { bucket: "reset:email", limit: 3, windowSeconds: 3600 },
  passwordResetIp: { bucket: "reset:ip", limit: 30, windowSeconds: 3600 },
  registerIp: { bucket: "register:ip", limit: 30, windowSeconds: 3600 },
  verifyIp: { bucket: "verify:ip", limit: 300, windowSeconds: 60 },
  verifyResendUser: { bucket: "verify-resend:user", limit: 5, windowSeconds: 3600 },
  privacyRequestUser: { bucket: "privacy-create:user", limit: 10, windowSeconds: 24 * 3600 },
} satisfies Record<string, RateLimitRule>;

/**
 * Fixed-window counters in PostgreSQL, so every API instance sees the same counts. Subjects
 * (e-mail, IP) are stored only as keyed hashes.
 */
export class RateLimiter {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly enabled: boolean,
  ) {}

  private key(rule: RateLimitRule, subject: string): string {
    return `${rule.bucket}:${this.crypto.blindIndex("ratelimit", subject)}`;
  }

  /** Whether the subject has used up its budget (does not count an attempt). */
  async isLimited(rule: RateLimitRule, subject: string): Promise<boolean> {
    if (!this.enabled) return false;
    const since = new Date(this.clock.now().getTime() - rule.windowSeconds * 1000);
    const rows: { count: number }[] = await this.ds.query(
      "select count from rate_limit_counters where key = $1 and window_start > $2",
      [this.key(rule, subject), since],
    );
    return (rows[0]?.count ?? 0) >= rule.limit;
  }

  /** Counts one attempt; returns true when this attempt is over the limit. */
  async hit(rule: RateLimitRule, subject: string): Promise<boolean> {
    if (!this.enabled) return false;
    const now = this.clock.now();
    const since = new Date(now.getTime() - rule.windowSeconds * 1000);
    const rows: { count: number }[] = await this.ds.query(
      `insert into rate_limit_counters (key, window_start, count) values ($1, $2, 1)
       on conflict (key) do update set
         count = case when rate_limit_counters.window_start <= $3 then 1 else rate_limit_counters.count + 1 end,
         window_start = case when rate_limit_counters.window_start <= $3 then excluded.window_start else rate_limit_counters.window_start end
       returning count`,
      [this.key(rule, subject), now, since],
    );
    return rows[0].count > rule.limit;
  }

  async reset(rule: RateLimitRule, subject: string): Promise<void> {
    if (!this.enabled) return;
    await this.ds.query("delete from rate_limit_counters where key = $1", [this.key(rule, subject)]);
  }
}
