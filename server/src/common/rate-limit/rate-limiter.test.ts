import type { DataSource } from "typeorm";
import { describe, expect, it } from "vitest";
import { FixedClock } from "../clock";
import type { FieldCrypto } from "../crypto/field-crypto";
import { RateLimiter, type RateLimitRule } from "./rate-limiter";

const RULE: RateLimitRule = { bucket: "test:ip", limit: 3, windowSeconds: 60 };

/** A counter table of one row per key, as the upsert keeps it; counts the statements the limiter sends. */
function fakeDatabase(clock: FixedClock) {
  const rows = new Map<string, { windowStart: Date; count: number }>();
  const db = { statements: 0, rows };
  const ds = {
    query: async (sql: string, params: unknown[]) => {
      db.statements++;
      const key = params[0] as string;
      if (sql.startsWith("delete")) return void rows.delete(key);
      if (sql.startsWith("select")) {
        const row = rows.get(key);
        return row && row.windowStart > (params[1] as Date) ? [{ count: row.count }] : [];
      }
      const since = params[2] as Date;
      const row = rows.get(key);
      const next = !row || row.windowStart <= since ? { windowStart: clock.now(), count: 1 } : { windowStart: row.windowStart, count: row.count + 1 };
      rows.set(key, next);
      return [{ count: next.count, window_start: next.windowStart }];
    },
  };
  return { db, ds: ds as unknown as DataSource };
}

const crypto = { blindIndex: (_purpose: string, value: string) => `h(${value})` } as unknown as FieldCrypto;

describe("RateLimiter", () => {
  it("once a subject is over its limit, rejects it from memory until its window ends, then asks the database again", async () => {
    const clock = new FixedClock();
    const { db, ds } = fakeDatabase(clock);
    const limiter = new RateLimiter(ds, clock, crypto, true);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await limiter.hit(RULE, "192.0.2.1"));
    expect(results).toEqual([false, false, false, true]);
    expect(db.statements).toBe(4);
    clock.advance(10_000);
    for (let i = 0; i < 100; i++) expect(await limiter.hit(RULE, "192.0.2.1")).toBe(true);
    expect(await limiter.isLimited(RULE, "192.0.2.1")).toBe(true);
    expect(db.statements).toBe(4); // no database work for rejections
    expect(limiter.retryAfterSeconds(RULE, "192.0.2.1")).toBe(50);
    expect(await limiter.hit(RULE, "192.0.2.2")).toBe(false); // others are counted as usual
    clock.advance(50_000); // the window (60 s from the first hit) has ended
    expect(await limiter.hit(RULE, "192.0.2.1")).toBe(false);
    expect(db.rows.get("test:ip:h(192.0.2.1)")?.count).toBe(1);
  });

  it("reset forgets the remembered block; disabled limits never block or touch the database", async () => {
    const clock = new FixedClock();
    const { db, ds } = fakeDatabase(clock);
    const limiter = new RateLimiter(ds, clock, crypto, true);
    for (let i = 0; i < 4; i++) await limiter.hit(RULE, "acct");
    expect(await limiter.hit(RULE, "acct")).toBe(true);
    await limiter.reset(RULE, "acct");
    expect(await limiter.hit(RULE, "acct")).toBe(false);
    const off = new RateLimiter(ds, clock, crypto, false);
    const before = db.statements;
    for (let i = 0; i < 10; i++) expect(await off.hit(RULE, "x")).toBe(false);
    expect(db.statements).toBe(before);
  });

  it("remembers at most 10,000 blocked subjects (an abuser rotating addresses cannot grow it without bound)", async () => {
    const clock = new FixedClock();
    const { ds } = fakeDatabase(clock);
    const limiter = new RateLimiter(ds, clock, crypto, true);
    const one: RateLimitRule = { bucket: "one", limit: 0, windowSeconds: 60 };
    for (let i = 0; i < 10_050; i++) expect(await limiter.hit(one, `s${i}`)).toBe(true);
    expect((limiter as unknown as { blocked: Map<string, number> }).blocked.size).toBeLessThanOrEqual(10_000);
    expect(limiter.retryAfterSeconds(one, "s0")).toBe(0); // the oldest was forgotten: its next attempt asks the database
    expect(limiter.retryAfterSeconds(one, "s10049")).toBe(60);
  });
});
