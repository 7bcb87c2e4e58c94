import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, registerUser, signIn } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";
import { daySeries, periodStart } from "./analytics.summary";

const DAY = 86_400_000;
const SET = "mutation($g: Boolean!) { consentSet(purpose: ANALYTICS, given: $g) { consents { analytics } } }";
const SUMMARY = `query($days: Int!) { analyticsSummary(days: $days) {
  since days people pageViews clientErrors
  pageViewsByDay { day count } clientErrorsByDay { day count }
  topPageViews { name count } topFeatures { name count } topClientErrors { name count } deviceTypes { name count }
  webVitalPercentiles { name unit samples p50 p75 p95 good poor }
  topPages webVitals
} }`;

type Summary = {
  since: string;
  days: number;
  people: number;
  pageViews: number;
  clientErrors: number;
  pageViewsByDay: { day: string; count: number }[];
  clientErrorsByDay: { day: string; count: number }[];
  topPageViews: { name: string; count: number }[];
  topFeatures: { name: string; count: number }[];
  topClientErrors: { name: string; count: number }[];
  deviceTypes: { name: string; count: number }[];
  webVitalPercentiles: { name: string; unit: string; samples: number; p50: number | null; p75: number | null; p95: number | null; good: number; poor: number }[];
  topPages: unknown[];
  webVitals: unknown[];
};

const meta = { ip: "203.0.113.9", userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0 Safari/537.36", requestId: "t" };

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ now: "2026-11-20T10:00:00.000Z" });
});
afterAll(() => app?.close());

describe("analyticsSummary for the admin charts [POL-COLLECT-USAGE][POL-COLLECT-PERF]", () => {
  it("POL-COLLECT-USAGE: period of whole UTC days and a day series with zeros", () => {
    const since = periodStart(new Date("2026-11-29T05:00:00Z"), 7);
    expect(since.toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(daySeries(since, 7, [{ day: "2026-11-25", count: 3 }]).map((d) => d.count)).toEqual([0, 0, 3, 0, 0, 0, 0]);
    expect(daySeries(since, 7, []).map((d) => d.day)).toEqual(["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"]);
  });

  it("POL-COLLECT-USAGE: daily page views and errors, top pages, features and errors, web-vital percentiles against thresholds — consenting people only", async () => {
    // Given two consenting people and one who never consented, with events on three days.
    const a = await registerUser(app);
    const b = await registerUser(app);
    const refuser = await registerUser(app);
    await a.client.ok(SET, { g: true });
    await b.client.ok(SET, { g: true });
    const analytics = app.server.services.analytics;
    const lcp = [1000, 2000, 3000, 4000, 5000];
    for (const user of [a.user, b.user]) {
      await analytics.record(user.id, [
        { kind: "PAGE_VIEW", name: "/app" },
        { kind: "PAGE_VIEW", name: "/verify/:number" },
        { kind: "FEATURE_USE", name: "credential.downloaded.pdf" },
      ], meta);
    }
    await analytics.record(refuser.user.id, [{ kind: "PAGE_VIEW", name: "/refused" }], meta);
    app.clock.advance(2 * DAY);
    await analytics.record(a.user.id, [
      { kind: "PAGE_VIEW", name: "/app" },
      { kind: "CLIENT_ERROR", name: "TypeError:Cannot-read-properties-of-undefined:/app" },
      { kind: "FEATURE_USE", name: "application.submitted" },
      ...lcp.map((value) => ({ kind: "WEB_VITAL" as const, name: "LCP", value })),
      { kind: "WEB_VITAL", name: "CLS", value: 0.05 },
    ], meta);
    app.clock.advance(DAY);

    // When an admin asks for the last 7 days (signed in now, so the token is fresh).
    const admin: GraphQLTestClient = app.client();
    const staff = await createUser(app, { role: "ADMIN", mfa: true });
    await signIn(app, admin, staff.email, staff.secret);
    const s = (await admin.ok<{ analyticsSummary: Summary }>(SUMMARY, { days: 7 })).analyticsSummary;

    // Then
    expect(s.days).toBe(7);
    expect(s.since).toBe("2026-11-17T00:00:00.000Z");
    expect(s.people).toBe(2);
    expect(s.pageViews).toBe(5);
    expect(s.clientErrors).toBe(1);
    expect(s.pageViewsByDay).toHaveLength(7);
    expect(s.pageViewsByDay.filter((d) => d.count > 0)).toEqual([
      { day: "2026-11-20", count: 4 },
      { day: "2026-11-22", count: 1 },
    ]);
    expect(s.pageViewsByDay.at(-1)).toEqual({ day: "2026-11-23", count: 0 });
    expect(s.clientErrorsByDay.filter((d) => d.count > 0)).toEqual([{ day: "2026-11-22", count: 1 }]);
    expect(s.topPageViews).toEqual([
      { name: "/app", count: 3 },
      { name: "/verify/:number", count: 2 },
    ]);
    expect(s.topFeatures).toEqual([
      { name: "credential.downloaded.pdf", count: 2 },
      { name: "application.submitted", count: 1 },
    ]);
    expect(s.topClientErrors).toEqual([{ name: "TypeError:Cannot-read-properties-of-undefined:/app", count: 1 }]);
    expect(s.deviceTypes).toEqual([{ name: "desktop", count: 15 }]);
    expect(s.webVitalPercentiles.map((v) => v.name)).toEqual(["LCP", "INP", "CLS", "FCP", "TTFB"]);
    expect(s.webVitalPercentiles[0]).toEqual({ name: "LCP", unit: "ms", samples: 5, p50: 3000, p75: 4000, p95: 4800, good: 2500, poor: 4000 });
    expect(s.webVitalPercentiles[1]).toEqual({ name: "INP", unit: "ms", samples: 0, p50: null, p75: null, p95: null, good: 200, poor: 500 });
    expect(s.webVitalPercentiles[2]).toMatchObject({ name: "CLS", unit: "", samples: 1, p75: 0.05, good: 0.1, poor: 0.25 });
    // The untyped fields of the first version still answer.
    expect(s.topPages).toEqual([{ name: "/app", views: 3 }, { name: "/verify/:number", views: 2 }]);
    expect(s.webVitals).toEqual([{ name: "CLS", p75: 0.05, samples: 1 }, { name: "LCP", p75: 4000, samples: 5 }]);

    // A shorter period leaves the first day out.
    const short = (await admin.ok<{ analyticsSummary: Summary }>(SUMMARY, { days: 2 })).analyticsSummary;
    expect(short.pageViewsByDay).toEqual([{ day: "2026-11-22", count: 1 }, { day: "2026-11-23", count: 0 }]);
    expect(short.people).toBe(1);
    expect(short.topFeatures).toEqual([{ name: "application.submitted", count: 1 }]);

    // Out-of-range periods and non-admins are refused.
    expect((await admin.request(SUMMARY, { days: 731 })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect((await (await registerUser(app)).client.request(SUMMARY, { days: 7 })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
