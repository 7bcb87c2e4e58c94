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

/** At most this many subjects remembered as over their limit per instance (an abuser rotating addresses cannot grow it further). */
const MAX_BLOCKED = 10_000;

/**
 * Fixed-window counters in PostgreSQL, so every API instance sees the same counts. Subjects
 * (e-mail, IP) are stored only as keyed hashes.
 *
 * Once a subject is over its limit it stays over until its window ends (a fixed window only
 * grows): each instance remembers that end in memory and rejects further attempts without a
 * database round trip. Otherwise an abusive client's every request would be one more upsert on
 * the same row, serialized on its row lock and holding pool connections the others need.
 */
export class RateLimiter {
  /** key → epoch ms when the subject's current window ends (it is over its limit until then). */
  private readonly blocked = new Map<string, number>();

  constructor(
    private readonly ds: DataSource,
    private readonly clock: Clock,
    private readonly crypto: FieldCrypto,
    private readonly enabled: boolean,
  ) {}

  private key(rule: RateLimitRule, subject: string): string {
    return `${rule.bucket}:${this.crypto.blindIndex("ratelimit", subject)}`;
  }

  /** True while this instance knows the key is over its limit (no database round trip). */
  private isBlocked(key: string): boolean {
    const until = this.blocked.get(key);
    if (until === undefined) return false;
    if (until > this.clock.now().getTime()) return true;
    this.blocked.delete(key);
    return false;
  }

  private block(key: string, until: number): void {
    if (this.blocked.size >= MAX_BLOCKED) {
      const now = this.clock.now().getTime();
      for (const [k, u] of this.blocked) if (u <= now) this.blocked.delete(k);
      // Still full: forget the oldest entries; their next attempt asks the database again.
      for (const k of this.blocked.keys()) {
        if (this.blocked.size < MAX_BLOCKED) break;
        this.blocked.delete(k);
      }
    }
    this.blocked.set(key, until);
  }

  /** Whether the subject has used up its budget (does not count an attempt). */
  async isLimited(rule: RateLimitRule, subject: string): Promise<boolean> {
    if (!this.enabled) return false;
    if (this.isBlocked(this.key(rule, subject))) return true;
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
    const key = this.key(rule, subject);
    if (this.isBlocked(key)) return true;
    const now = this.clock.now();
    const since = new Date(now.getTime() - rule.windowSeconds * 1000);
    const rows: { count: number; window_start: Date }[] = await this.ds.query(
      `insert into rate_limit_counters (key, window_start, count) values ($1, $2, 1)
       on conflict (key) do update set
         count = case when rate_limit_counters.window_start <= $3 then 1 else rate_limit_counters.count + 1 end,
         window_start = case when rate_limit_counters.window_start <= $3 then excluded.window_start else rate_limit_counters.window_start end
       returning count, window_start`,
      [key, now, since],
    );
    const over = rows[0].count > rule.limit;
    if (over) this.block(key, new Date(rows[0].window_start).getTime() + rule.windowSeconds * 1000);
    return over;
  }

  /** Seconds until this instance lets the subject try again (0 when it does not know it to be over its limit). */
  retryAfterSeconds(rule: RateLimitRule, subject: string): number {
    const until = this.blocked.get(this.key(rule, subject));
    return until === undefined ? 0 : Math.max(0, Math.ceil((until - this.clock.now().getTime()) / 1000));
  }

  async reset(rule: RateLimitRule, subject: string): Promise<void> {
    if (!this.enabled) return;
    const key = this.key(rule, subject);
    this.blocked.delete(key);
    await this.ds.query("delete from rate_limit_counters where key = $1", [key]);
  }
}
