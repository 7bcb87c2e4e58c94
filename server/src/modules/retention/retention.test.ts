import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createUser, registerUser, signIn } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";
import { createSubmittedAccreditation, decide } from "../../test/workflow";
import { ACTIVE_HOLDS, RETENTION_RULES } from "./retention.service";

let app: TestApp;
let admin: GraphQLTestClient;
let adminLogin: { email: string; secret: string | null };
beforeAll(async () => {
  app = await createTestApp({ now: "2026-06-15T12:00:00.000Z" });
  adminLogin = await createUser(app, { role: "ADMIN", mfa: true });
  admin = app.client();
  await signIn(app, admin, adminLogin.email, adminLogin.secret);
});
afterAll(() => app?.close());

const YEAR = 365.25 * 86_400_000;
const counts = (r: { report: { rule: string; count: number }[] }) => Object.fromEntries(r.report.map((x) => [x.rule, x.count]));

describe("retention schedule [POL-RETAIN-*]", () => {
  it("[POL-RETAIN-SUPPORT][POL-RETAIN-ANALYTICS][POL-RETAIN-ACCOUNT] purges each kind exactly when due, respects legal holds, and records the run", async () => {
    const s = app.server.services;
    const held = await registerUser(app);
    const free = await registerUser(app);
    for (const u of [held, free]) {
      await u.client.ok("mutation { supportRequestCreate(input: { kind: FEEDBACK, subject: \"Lovely app\", body: \"Thanks\" }) { errors { code } } }");
    }
    await admin.ok("mutation($i: LegalHoldPlaceInput!) { legalHoldPlace(input: $i) { errors { code } } }", { i: { scope: "USER", subjectId: held.user.id, reason: "Dispute case 2026-17" } });
    const start = app.clock.now().getTime();

    app.clock.set(new Date(start + 2 * YEAR - 86_400_000));
    let run = await s.retention.run("MANUAL", false);
    expect(counts(run)).toMatchObject({ USAGE_AND_DEVICE: 0, SUPPORT: 0, ACCOUNT: 0 });

    app.clock.set(new Date(start + 2 * YEAR + 86_400_000));
    const dry = await s.retention.run("MANUAL", true);
    expect(dry.dryRun).toBe(true);
    expect(counts(dry).USAGE_AND_DEVICE).toBeGreaterThanOrEqual(1);
    expect(Number((await app.sql<{ n: string }>("select count(*) n from sessions where user_id = $1", [free.user.id]))[0].n)).toBe(1); // dry run removes nothing
    run = await s.retention.run("MANUAL", false);
    expect(counts(run).USAGE_AND_DEVICE).toBe(counts(dry).USAGE_AND_DEVICE);
    expect(Number((await app.sql<{ n: string }>("select count(*) n from sessions where user_id = $1", [free.user.id]))[0].n)).toBe(0);
    expect(Number((await app.sql<{ n: string }>("select count(*) n from sessions where user_id = $1", [held.user.id]))[0].n)).toBe(1);

    app.clock.set(new Date(start + 3 * YEAR + 86_400_000));
    run = await s.retention.run("SCHEDULE", false);
    expect(counts(run).SUPPORT).toBe(1);
    expect(counts(run).ACCOUNT).toBeGreaterThanOrEqual(1);
    const support = await app.sql<{ user_id: string }>("select user_id from support_requests where user_id = any($1)", [[held.user.id, free.user.id]]);
    expect(support.map((r) => r.user_id)).toEqual([held.user.id]);
    const users = await app.sql<{ id: string; erased_at: Date | null }>("select id, erased_at from users where id = any($1)", [[held.user.id, free.user.id]]);
    expect(users.find((u) => u.id === free.user.id)?.erased_at).not.toBeNull();
    expect(users.find((u) => u.id === held.user.id)?.erased_at).toBeNull();

    await signIn(app, admin, adminLogin.email, adminLogin.secret);
    const runs = await admin.ok<{ retentionRuns: { trigger: string; dryRun: boolean; report: { rule: string; clause: string; count: number; held: number | null; cutoff: string; description: string }[] }[] }>(
      "{ retentionRuns { trigger dryRun report { rule clause description cutoff count held } } }",
    );
    expect(runs.retentionRuns[0].trigger).toBe("SCHEDULE");
    // The held person's support request and account were due but kept: the report says so.
    const latest = Object.fromEntries(runs.retentionRuns[0].report.map((r) => [r.rule, r]));
    expect(latest.SUPPORT).toMatchObject({ count: 1, held: 1, clause: "POL-RETAIN-SUPPORT", description: "Support requests and feedback with their messages, 3 years after the last contact" });
    expect(latest.ACCOUNT.held).toBe(1);
    expect(new Date(latest.SUPPORT.cutoff).getTime()).toBe(app.clock.now().getTime() - 3 * YEAR);
    expect(runs.retentionRuns[0].report.map((r) => r.clause)).toEqual(["POL-RETAIN-ANALYTICS", "POL-RETAIN-ANALYTICS", "POL-RETAIN-SUPPORT", "POL-RETAIN-PAYMENT", "POL-RETAIN-CERT", "POL-RIGHT-ACCESS", "POL-RIGHT-30DAYS", "POL-RETAIN-ACCOUNT"]);
    const audit = await app.sql("select action from audit_events where action = 'retention.run'");
    expect(audit.length).toBeGreaterThanOrEqual(3);
  });

  it("[POL-RETAIN-CERT][POL-RETAIN-PAYMENT] keeps credential records 7 years past expiry and payments 7 years from the transaction", async () => {
    const s = app.server.services;
    app.clock.advance(60_000);
    await signIn(app, admin, adminLogin.email, adminLogin.secret);
    const { client } = await registerUser(app);
    const { applicationId } = await createSubmittedAccreditation(client, "Retention program");
    await client.ok("mutation($id: ID!, $i: ApplicationPayInput!) { applicationPay(id: $id, input: $i) { errors { code } } }", {
      id: applicationId,
      i: { billingAddress: { name: "Payer", line1: "1 Main St", city: "Springfield", postalCode: "62701", country: "US" } },
    });
    const approved = await decide(admin, applicationId, "APPROVE");
    const [cred] = await app.sql<{ id: string; valid_until: Date }>("select id, valid_until from credentials where number = $1", [approved.application!.credential!.number]);
    const [pay] = await app.sql<{ id: string; created_at: Date }>("select id, created_at from payments where application_id = $1", [applicationId]);
    const exists = async (table: string, id: string) => Number((await app.sql<{ n: string }>(`select count(*) n from ${table} where id = $1`, [id]))[0].n) === 1;

    app.clock.set(new Date(pay.created_at.getTime() + 7 * YEAR - 86_400_000));
    await s.retention.run("MANUAL", false);
    expect(await exists("payments", pay.id)).toBe(true);
    app.clock.set(new Date(pay.created_at.getTime() + 7 * YEAR + 86_400_000));
    await s.retention.run("MANUAL", false);
    expect(await exists("payments", pay.id)).toBe(false);

    app.clock.set(new Date(cred.valid_until.getTime() + 7 * YEAR - 86_400_000));
    await s.retention.run("MANUAL", false);
    expect(await exists("credentials", cred.id)).toBe(true);
    app.clock.set(new Date(cred.valid_until.getTime() + 7 * YEAR + 86_400_000));
    await s.retention.run("MANUAL", false);
    expect(await exists("credentials", cred.id)).toBe(false);
  });

  it("[POL-RETAIN-ACCOUNT] reports of runs stored before legal-hold counts existed still read, with held: null", async () => {
    await signIn(app, admin, adminLogin.email, adminLogin.secret);
    const legacy = [{ rule: "ANALYTICS", clause: "POL-RETAIN-ANALYTICS", cutoff: "2024-06-15T00:00:00.000Z", count: 3, description: "Usage, device and performance events, 2 years after collection" }];
    await app.sql("insert into retention_runs (id, trigger, dry_run, started_at, finished_at, report) values ($1, 'SCHEDULE', false, $2, $2, $3)", [
      "00000000-0000-4000-8000-00000000abcd",
      new Date("2020-01-01T00:00:00Z"),
      JSON.stringify(legacy),
    ]);
    const runs = await admin.ok<{ retentionRuns: { id: string; report: unknown[] }[] }>("{ retentionRuns { id report { rule clause description cutoff count held } } }");
    expect(runs.retentionRuns.find((r) => r.id === "00000000-0000-4000-8000-00000000abcd")?.report).toEqual([{ ...legacy[0], held: null }]);
  });

  it("[POL-RETAIN-ANALYTICS] deletes in bounded batches: more events than one batch all go and are counted once; a stopped run keeps and reports what it removed, the next finishes, a further one finds nothing", async () => {
    const s = app.server.services;
    app.clock.advance(60_000);
    await signIn(app, admin, adminLogin.email, adminLogin.secret);
    const { user: heldUser } = await registerUser(app);
    await admin.ok("mutation($i: LegalHoldPlaceInput!) { legalHoldPlace(input: $i) { errors { code } } }", { i: { scope: "USER", subjectId: heldUser.id, reason: "Dispute case 2026-31" } });
    const now = app.clock.now();
    const someone = randomUUID();
    // 25,000 expired events (two and a half batches of 10,000), 30 of a held person, 40 recent ones.
    const insert = (userId: string, n: number, ageMs: number) =>
      app.sql("insert into usage_events (user_id, kind, name, value, occurred_at) select $1, 'PAGE_VIEW', '/app', 1, $2::timestamptz - g * interval '1 second' from generate_series(1, $3) g", [userId, new Date(now.getTime() - ageMs), n]);
    await insert(someone, 25_000, 3 * YEAR);
    await insert(heldUser.id, 30, 3 * YEAR);
    await insert(someone, 40, 86_400_000);
    const n = async (where: string, params: unknown[] = []) => Number((await app.sql<{ n: string }>(`select count(*) n from usage_events where ${where}`, params))[0].n);
    const due = await n("occurred_at < $1 and user_id <> $2", [new Date(now.getTime() - 2 * YEAR), heldUser.id]);
    expect(due).toBeGreaterThanOrEqual(25_000);

    // The connection drops during the second batch: the first batch stays deleted and the stopped run says so.
    const original = s.ds.query.bind(s.ds);
    let purges = 0;
    const spy = vi.spyOn(s.ds, "query").mockImplementation(async (sql: string, params?: Parameters<typeof original>[1]) => {
      if (sql.includes("delete from usage_events") && ++purges === 2) throw new Error("connection lost");
      return original(sql, params);
    });
    await expect(s.retention.run("MANUAL", false)).rejects.toThrow("connection lost");
    spy.mockRestore();
    expect(await n("user_id = $1", [someone])).toBe(25_040 - 10_000);
    const [stopped] = await app.sql<{ id: string; finished_at: Date | null; report: { rule: string; count: number }[] }>("select id, finished_at, report from retention_runs order by started_at desc limit 1");
    expect(stopped.finished_at).toBeNull();
    expect(counts(stopped)).toMatchObject({ ANALYTICS: 10_000 });
    const [stoppedAudit] = await app.sql<{ metadata: { counts: Record<string, number>; stoppedAt: string } }>("select metadata from audit_events where action = 'retention.run.stopped' and target_id = $1", [stopped.id]);
    expect(stoppedAudit.metadata).toMatchObject({ counts: { ANALYTICS: 10_000 }, stoppedAt: "ANALYTICS" });

    app.clock.advance(60_000);
    const resumed = await s.retention.run("MANUAL", false);
    const line = resumed.report.find((r) => r.rule === "ANALYTICS")!;
    expect(line.count).toBe(due - 10_000);
    expect(line.held).toBe(30);
    expect(await n("occurred_at < $1 and user_id <> $2", [new Date(now.getTime() - 2 * YEAR), heldUser.id])).toBe(0);
    expect(await n("user_id = $1", [heldUser.id])).toBe(30); // held
    expect(await n("user_id = $1", [someone])).toBe(40); // recent
    const [audit] = await app.sql<{ metadata: { counts: Record<string, number> } }>("select metadata from audit_events where action = 'retention.run' and target_id = $1", [resumed.id]);
    expect(audit.metadata.counts.ANALYTICS).toBe(due - 10_000);

    app.clock.advance(60_000);
    expect(counts(await s.retention.run("MANUAL", false)).ANALYTICS).toBe(0);
  });

  it("[POL-RETAIN-ANALYTICS] the usage-event purge reads the age index, oldest first (not a scan and sort of the table)", async () => {
    const someone = randomUUID();
    await app.sql("insert into usage_events (user_id, kind, name, value, occurred_at) select $1, 'PAGE_VIEW', '/app', 1, $2::timestamptz - g * interval '1 second' from generate_series(1, 50000) g", [someone, new Date(app.clock.now().getTime() - 3 * YEAR)]);
    await app.sql("analyze usage_events");
    const rule = RETENTION_RULES.find((r) => r.id === "ANALYTICS")!;
    const plan = await app.sql<{ "QUERY PLAN": string }>(`explain ${rule.purge!(ACTIVE_HOLDS)}`, [new Date(app.clock.now().getTime() - 2 * YEAR), "-infinity", rule.batch]);
    expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toMatch(/Index (Only )?Scan using ix_usage_events_occurred_at/);
    await app.sql("delete from usage_events where user_id = $1", [someone]);
  });

  it("[POL-RETAIN-ANALYTICS] expired sessions are taken oldest first along ix_sessions_last_used_at", async () => {
    // 20,000 copies of a session, last used in 1999 (a table this size is where the plan matters).
    await app.sql(`insert into sessions select (jsonb_populate_record(null::sessions, to_jsonb(s) || jsonb_build_object('id', gen_random_uuid(), 'last_used_at', timestamptz '1999-12-31' - g * interval '1 second'))).*
      from (select * from sessions limit 1) s, generate_series(1, 20000) g`);
    await app.sql("analyze sessions");
    const plan = await app.sql<{ "QUERY PLAN": string }>("explain select id from sessions where last_used_at < $1 order by last_used_at limit 1000", [new Date(app.clock.now().getTime() - 2 * YEAR)]);
    await app.sql("delete from sessions where last_used_at < '2000-01-01'");
    expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toMatch(/Index (Only )?Scan using ix_sessions_last_used_at/);
  });

  it("admins place and release holds; others cannot", async () => {
    app.clock.advance(60_000);
    await signIn(app, admin, adminLogin.email, adminLogin.secret);
    const { client, user } = await registerUser(app, { firstName: "Helda", lastName: "Holden" });
    const PLACE = "mutation($i: LegalHoldPlaceInput!) { legalHoldPlace(input: $i) { legalHold { id subjectName } errors { code field } } }";
    expect((await client.request(PLACE, { i: { scope: "USER", subjectId: user.id, reason: "case" } })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const bad = await admin.ok<{ legalHoldPlace: { errors: { code: string }[] } }>(PLACE, { i: { scope: "USER", subjectId: "00000000-0000-4000-8000-000000000000", reason: "Case 12" } });
    expect(bad.legalHoldPlace.errors[0].code).toBe("NOT_FOUND");
    const ok = await admin.ok<{ legalHoldPlace: { legalHold: { id: string; subjectName: string } } }>(PLACE, { i: { scope: "USER", subjectId: user.id, reason: "Case 12" } });
    expect(ok.legalHoldPlace.legalHold.subjectName).toBe("Helda Holden"); // staff see who is held, not a bare id
    const rel = await admin.ok<{ legalHoldRelease: { legalHold: { releasedAt: string } } }>("mutation($id: ID!) { legalHoldRelease(id: $id) { legalHold { releasedAt } errors { code } } }", { id: ok.legalHoldPlace.legalHold.id });
    expect(rel.legalHoldRelease.legalHold.releasedAt).toBeTruthy();
  });
});
