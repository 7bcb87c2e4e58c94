import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, registerUser, signIn } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";
import { APP_ASSIGN, APP_SUBMIT, APP_UPDATE, APP_WITHDRAW, createSubmittedAccreditation, decide, STATEMENT } from "../../test/workflow";
import { bucketSeries, bucketStart, daysLeft, dueWindow, periodProblem } from "./insights.rules";

const DAY = 86_400_000;
const INSIGHTS = `query($input: AdminInsightsInput!) { adminInsights(input: $input) {
  from to bucket generatedAt
  applicationsByStatus { start started submitted underReview changesRequested approved rejected withdrawn }
  reviewTurnaround { start decided medianDays p90Days }
  credentialsExpiring { total byWeek { start count } soonest { number subject holderName certificationName validUntil daysLeft } }
  privacyRequestsDue { window access export correction deletion total }
  retentionRuns { startedAt trigger dryRun removed held rules { rule count held } }
} }`;
const PRIVACY_CREATE = "mutation($input: PrivacyRequestCreateInput!) { privacyRequestCreate(input: $input) { privacyRequest { id } errors { code } } }";

type Insights = {
  from: string;
  bucket: string;
  applicationsByStatus: { start: string; started: number; submitted: number; underReview: number; changesRequested: number; approved: number; rejected: number; withdrawn: number }[];
  reviewTurnaround: { start: string; decided: number; medianDays: number | null; p90Days: number | null }[];
  credentialsExpiring: { total: number; byWeek: { start: string; count: number }[]; soonest: { number: string; subject: string; holderName: string; certificationName: string; validUntil: string; daysLeft: number }[] };
  privacyRequestsDue: { window: string; access: number; export: number; correction: number; deletion: number; total: number }[];
  retentionRuns: { startedAt: string; trigger: string; dryRun: boolean; removed: number; held: number; rules: { rule: string; count: number; held: number | null }[] }[];
};

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ now: "2026-09-20T09:00:00.000Z" });
});
afterAll(() => app?.close());

describe("insights rules (pure)", () => {
  it("buckets are UTC days, ISO weeks from Monday and months", () => {
    const d = new Date("2026-10-14T23:30:00Z"); // a Wednesday
    expect(bucketStart(d, "DAY").toISOString()).toBe("2026-10-14T00:00:00.000Z");
    expect(bucketStart(d, "WEEK").toISOString()).toBe("2026-10-12T00:00:00.000Z");
    expect(bucketStart(d, "MONTH").toISOString()).toBe("2026-10-01T00:00:00.000Z");
    expect(bucketStart(new Date("2026-10-18T12:00:00Z"), "WEEK").toISOString()).toBe("2026-10-12T00:00:00.000Z"); // Sunday
    expect(bucketSeries(new Date("2026-10-05T00:00:00Z"), new Date("2026-10-26T00:00:00Z"), "WEEK")).toEqual(["2026-10-05", "2026-10-12", "2026-10-19"]);
    expect(bucketSeries(new Date("2026-11-15T00:00:00Z"), new Date("2027-02-01T00:00:00Z"), "MONTH")).toEqual(["2026-11-01", "2026-12-01", "2027-01-01"]);
    expect(bucketSeries(new Date("2026-10-30T00:00:00Z"), new Date("2026-11-02T00:00:00Z"), "DAY")).toEqual(["2026-10-30", "2026-10-31", "2026-11-01"]);
  });

  it("refuses empty, reversed, too long and too finely bucketed periods", () => {
    const from = new Date("2026-01-01T00:00:00Z");
    expect(periodProblem(from, from, "DAY")).toMatch(/before/);
    expect(periodProblem(from, new Date("2028-01-03T00:00:00Z"), "MONTH")).toMatch(/731/);
    expect(periodProblem(from, new Date("2027-06-01T00:00:00Z"), "DAY")).toMatch(/366 buckets/);
    expect(periodProblem(from, new Date("2027-06-01T00:00:00Z"), "WEEK")).toBeNull();
    expect(periodProblem(new Date("nope"), from, "WEEK")).toMatch(/dates/);
  });

  it("[POL-RIGHT-30DAYS] due windows and days left", () => {
    const now = new Date("2026-10-26T09:00:00Z");
    expect(dueWindow(new Date(now.getTime() - 1), now)).toBe("OVERDUE");
    expect(dueWindow(now, now)).toBe("THIS_WEEK");
    expect(dueWindow(new Date(now.getTime() + 7 * DAY - 1), now)).toBe("THIS_WEEK");
    expect(dueWindow(new Date(now.getTime() + 7 * DAY), now)).toBe("NEXT_WEEK");
    expect(dueWindow(new Date(now.getTime() + 14 * DAY), now)).toBe("LATER");
    expect(daysLeft(new Date(now.getTime() + 3 * 3600_000), now)).toBe(1);
    expect(daysLeft(new Date(now.getTime() + 3 * DAY), now)).toBe(3);
  });
});

describe("adminInsights [POL-USE-CERT][POL-RIGHT-30DAYS][POL-RETAIN-ANALYTICS]", () => {
  it("answers the exact series for applications, turnaround, expiring credentials, privacy due dates and retention runs", async () => {
    // Given: people who sign in again whenever the clock moves (sessions idle out after 7 days).
    const reviewerUser = await createUser(app, { role: "REVIEWER", mfa: true });
    const reviewer = app.client();
    const applicant = await registerUser(app, { firstName: "Amara", lastName: "Okafor" });
    const at = async (iso: string) => {
      app.clock.set(iso);
      await signIn(app, reviewer, reviewerUser.email, reviewerUser.secret);
      await signIn(app, applicant.client, applicant.input.email);
    };
    const privacyRequest = async (kind: string) => {
      const person = await registerUser(app); // signed in just now: the step-up check passes
      const r = await person.client.ok<{ privacyRequestCreate: { privacyRequest: { id: string }; errors: unknown[] } }>(PRIVACY_CREATE, { input: { kind, details: "Please." } });
      expect(r.privacyRequestCreate.errors).toEqual([]);
      return r.privacyRequestCreate.privacyRequest.id;
    };

    // Privacy requests, each due 30 days after it was received; the insights are asked for on 2026-10-26 09:00.
    await at("2026-09-21T09:00:00Z");
    await privacyRequest("ACCESS"); // due 10-21: overdue
    await at("2026-09-28T09:00:00Z");
    await privacyRequest("DELETION"); // due 10-28: this week
    await at("2026-10-05T09:00:00Z");
    await privacyRequest("EXPORT"); // due 11-04: next week
    await at("2026-10-12T09:00:00Z");
    await privacyRequest("ACCESS"); // due 11-11: later
    const done = await privacyRequest("ACCESS");
    await app.sql("update privacy_requests set status = 'COMPLETED' where id = $1", [done]); // answered: not open

    // Week of 10-12: A, B and D submitted; A approved after 2 days, D after 4.
    const a = (await createSubmittedAccreditation(applicant.client, "Program A")).applicationId;
    const b = (await createSubmittedAccreditation(applicant.client, "Program B")).applicationId;
    const d = (await createSubmittedAccreditation(applicant.client, "Program D")).applicationId;
    await at("2026-10-14T09:00:00Z");
    await reviewer.ok(APP_ASSIGN, { id: a });
    expect((await decide(reviewer, a, "APPROVE")).errors).toEqual([]);
    await at("2026-10-16T09:00:00Z");
    await reviewer.ok(APP_ASSIGN, { id: d });
    expect((await decide(reviewer, d, "APPROVE")).errors).toEqual([]);

    // Week of 10-19: B sent back, resubmitted, rejected 10 days after its first submission; C submitted and withdrawn.
    await at("2026-10-19T09:00:00Z");
    await reviewer.ok(APP_ASSIGN, { id: b });
    await decide(reviewer, b, "REQUEST_CHANGES", "Add the assessment method.");
    await at("2026-10-20T09:00:00Z");
    await applicant.client.ok(APP_UPDATE, { id: b, input: { statement: `${STATEMENT} Assessment: observed practice.` } });
    await applicant.client.ok(APP_SUBMIT, { id: b });
    const c = (await createSubmittedAccreditation(applicant.client, "Program C")).applicationId;
    await applicant.client.ok(APP_WITHDRAW, { id: c });
    await at("2026-10-22T09:00:00Z");
    expect((await decide(reviewer, b, "REJECT")).errors).toEqual([]);

    // A retention run on 10-22 removes one analytics event collected more than 2 years earlier; a dry run follows.
    await app.sql("insert into usage_events (user_id, kind, name, occurred_at) values ($1, 'PAGE_VIEW', '/old', '2024-01-01T00:00:00Z')", [applicant.user.id]);
    await app.server.services.retention.run("MANUAL", false);
    app.clock.advance(3600_000);
    await app.server.services.retention.run("MANUAL", true);

    // Credentials: D's becomes a person's credential expiring in 3 days, A's (a program's) expires in 10 days.
    await app.sql("update credentials set valid_until = '2026-11-05T09:00:00Z' where application_id = $1", [a]);
    await app.sql("update credentials set valid_until = '2026-10-29T09:00:00Z', subject = 'PERSON', holder_user_id = $2 where application_id = $1", [d, applicant.user.id]);
    const [credA] = await app.sql<{ number: string }>("select number from credentials where application_id = $1", [a]);
    const [credD] = await app.sql<{ number: string }>("select number from credentials where application_id = $1", [d]);

    // When an admin asks on 2026-10-26 09:00 (a Monday) for the three weeks from 10-05.
    await at("2026-10-26T09:00:00Z");
    const { client: admin } = await (async () => {
      const u = await createUser(app, { role: "ADMIN", mfa: true });
      const client = app.client();
      await signIn(app, client, u.email, u.secret);
      return { client };
    })();
    const input = { from: "2026-10-05T00:00:00Z", to: "2026-10-26T00:00:00Z", bucket: "WEEK" };
    const r = await admin.request<{ adminInsights: Insights }>(INSIGHTS, { input });
    expect(r.errors).toBeUndefined();
    const s = r.data!.adminInsights;

    // Then
    const zero = { started: 0, submitted: 0, underReview: 0, changesRequested: 0, approved: 0, rejected: 0, withdrawn: 0 };
    expect(s.applicationsByStatus).toEqual([
      { start: "2026-10-05", ...zero },
      { start: "2026-10-12", ...zero, started: 3, submitted: 3, underReview: 2, approved: 2 },
      { start: "2026-10-19", ...zero, started: 1, submitted: 2, underReview: 2, changesRequested: 1, rejected: 1, withdrawn: 1 },
    ]);
    expect(s.reviewTurnaround).toEqual([
      { start: "2026-10-05", decided: 0, medianDays: null, p90Days: null },
      { start: "2026-10-12", decided: 2, medianDays: 3, p90Days: 3.8 },
      { start: "2026-10-19", decided: 1, medianDays: 10, p90Days: 10 },
    ]);
    const ce = s.credentialsExpiring;
    expect(ce.total).toBe(2);
    expect(ce.byWeek).toHaveLength(13);
    expect(ce.byWeek[0]).toEqual({ start: "2026-10-26", count: 1 });
    expect(ce.byWeek[1]).toEqual({ start: "2026-11-02", count: 1 });
    expect(ce.byWeek.at(-1)).toEqual({ start: "2027-01-18", count: 0 });
    expect(ce.soonest).toEqual([
      { number: credD.number, subject: "PERSON", holderName: "Amara Okafor", certificationName: expect.any(String), validUntil: "2026-10-29T09:00:00.000Z", daysLeft: 3 },
      { number: credA.number, subject: "PROGRAM", holderName: "Program A", certificationName: expect.any(String), validUntil: "2026-11-05T09:00:00.000Z", daysLeft: 10 },
    ]);
    const none = { access: 0, export: 0, correction: 0, deletion: 0 };
    expect(s.privacyRequestsDue).toEqual([
      { window: "OVERDUE", ...none, access: 1, total: 1 },
      { window: "THIS_WEEK", ...none, deletion: 1, total: 1 },
      { window: "NEXT_WEEK", ...none, export: 1, total: 1 },
      { window: "LATER", ...none, access: 1, total: 1 },
    ]);
    expect(s.retentionRuns.map((x) => [x.startedAt, x.dryRun, x.removed])).toEqual([
      ["2026-10-22T09:00:00.000Z", false, 1],
      ["2026-10-22T10:00:00.000Z", true, 0],
    ]);
    expect(s.retentionRuns[0].rules.find((x) => x.rule === "ANALYTICS")).toEqual({ rule: "ANALYTICS", count: 1, held: 0 });

    // A period that ends before the runs leaves them out; a day bucket gives one entry per day.
    const days = (await admin.ok<{ adminInsights: Insights }>(INSIGHTS, { input: { from: "2026-10-12T00:00:00Z", to: "2026-10-15T00:00:00Z", bucket: "DAY" } })).adminInsights;
    expect(days.applicationsByStatus.map((x) => [x.start, x.submitted, x.approved])).toEqual([["2026-10-12", 3, 0], ["2026-10-13", 0, 0], ["2026-10-14", 0, 1]]);
    expect(days.retentionRuns).toEqual([]);

    // The statement count does not depend on the amount of data (no N+1): six more applications change nothing.
    const before = Number(r.headers.get("x-query-count"));
    expect(before).toBeGreaterThan(0);
    for (let i = 0; i < 6; i++) await createSubmittedAccreditation(applicant.client, `Extra ${i}`);
    const again = await admin.request<{ adminInsights: Insights }>(INSIGHTS, { input });
    expect(Number(again.headers.get("x-query-count"))).toBe(before);

    // Bad periods are BAD_USER_INPUT.
    const bad = await admin.request(INSIGHTS, { input: { from: "2026-10-26T00:00:00Z", to: "2026-10-05T00:00:00Z", bucket: "WEEK" } });
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("[POL-SEC-RBAC] is for admins only: anonymous UNAUTHENTICATED, applicants and reviewers FORBIDDEN", async () => {
    const input = { from: "2026-10-05T00:00:00Z", to: "2026-10-26T00:00:00Z", bucket: "WEEK" };
    expect((await app.client().request(INSIGHTS, { input })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect((await (await registerUser(app)).client.request(INSIGHTS, { input })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const u = await createUser(app, { role: "REVIEWER", mfa: true });
    const reviewer: GraphQLTestClient = app.client();
    await signIn(app, reviewer, u.email, u.secret);
    expect((await reviewer.request(INSIGHTS, { input })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
