import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerUser, signedInStaff } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";
import { deviceOf } from "./analytics.service";

let app: TestApp;
let admin: GraphQLTestClient;
beforeAll(async () => {
  app = await createTestApp();
  admin = (await signedInStaff(app, "ADMIN")).client;
});
afterAll(() => app?.close());

const RECORD = "mutation($e: [UsageEventInput!]!) { analyticsEventsRecord(events: $e) { accepted consent errors { code field } } }";
const SET = "mutation($g: Boolean!) { consentSet(purpose: ANALYTICS, given: $g) { consents { analytics } } }";
const events = [
  { kind: "PAGE_VIEW", name: "/app/applications/:id", value: 1200 },
  { kind: "WEB_VITAL", name: "LCP", value: 1800 },
  { kind: "CLIENT_ERROR", name: "TypeError" },
];

describe("usage analytics [POL-COLLECT-USAGE][POL-COLLECT-DEVICE][POL-COLLECT-PERF]", () => {
  it("records nothing without consent, records with device details after consent, stops at once on withdrawal", async () => {
    const { client, user } = await registerUser(app);
    const count = async () => Number((await app.sql<{ n: string }>("select count(*) n from usage_events where user_id = $1", [user.id]))[0].n);
    const none = await client.ok<{ analyticsEventsRecord: { accepted: number; consent: boolean } }>(RECORD, { e: events });
    expect(none.analyticsEventsRecord).toEqual({ accepted: 0, consent: false, errors: [] });
    expect(await count()).toBe(0);
    await client.ok(SET, { g: true });
    const yes = await client.request<{ analyticsEventsRecord: { accepted: number } }>(RECORD, { e: events }, { headers: { "user-agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1" } });
    expect(yes.data?.analyticsEventsRecord.accepted).toBe(3);
    const [row] = await app.sql<{ browser: string; os: string; device_type: string; ip_enc: string }>("select browser, os, device_type, ip_enc from usage_events where user_id = $1 limit 1", [user.id]);
    expect(row).toMatchObject({ browser: "Safari", os: "iOS", device_type: "mobile" });
    expect(row.ip_enc).toMatch(/^v1\./);
    await client.ok(SET, { g: false });
    expect((await client.ok<{ analyticsEventsRecord: { accepted: number } }>(RECORD, { e: events })).analyticsEventsRecord.accepted).toBe(0);
    expect(await count()).toBe(3);

    const summary = await admin.ok<{ analyticsSummary: { topPages: { name: string; views: number }[]; webVitals: { name: string; p75: number }[]; clientErrors: number } }>(
      "{ analyticsSummary(days: 30) { topPages pageViewsPerDay webVitals clientErrors devices } }",
    );
    expect(summary.analyticsSummary.topPages).toEqual([{ name: "/app/applications/:id", views: 1 }]);
    expect(summary.analyticsSummary.webVitals[0]).toMatchObject({ name: "LCP", p75: 1800 });
    expect(summary.analyticsSummary.clientErrors).toBe(1);
    expect((await client.request("{ analyticsSummary { clientErrors } }")).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("[POL-RETAIN-ANALYTICS] purges events 2 years after collection", async () => {
    const { client, user } = await registerUser(app);
    await client.ok(SET, { g: true });
    await client.ok(RECORD, { e: events });
    app.clock.advance(2 * 365.25 * 86_400_000 + 86_400_000);
    await app.server.services.retention.run("MANUAL", false);
    expect(Number((await app.sql<{ n: string }>("select count(*) n from usage_events where user_id = $1", [user.id]))[0].n)).toBe(0);
  });

  it("rejects free text and oversized batches with typed errors", async () => {
    const { client } = await registerUser(app);
    const bad = await client.ok<{ analyticsEventsRecord: { errors: { code: string; field: string[] }[] } }>(RECORD, { e: [{ kind: "PAGE_VIEW", name: "my name is Ann <script>" }] });
    expect(bad.analyticsEventsRecord.errors[0]).toMatchObject({ code: "INVALID", field: ["events", "0", "name"] });
    const many = await client.ok<{ analyticsEventsRecord: { errors: { code: string }[] } }>(RECORD, { e: Array.from({ length: 51 }, () => events[0]) });
    expect(many.analyticsEventsRecord.errors[0].code).toBe("INVALID");
    expect(deviceOf("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0 Safari/537.36")).toEqual({ browser: "Chrome", os: "Windows", deviceType: "desktop" });
  });
});
