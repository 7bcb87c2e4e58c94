import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, registerUser, signIn } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";

let app: TestApp;
let admin: GraphQLTestClient;
let adminLogin: { email: string; secret: string | null };
beforeAll(async () => {
  app = await createTestApp();
  adminLogin = await createUser(app, { role: "ADMIN", mfa: true });
  admin = app.client();
  await signIn(app, admin, adminLogin.email, adminLogin.secret);
});
afterAll(() => app?.close());

describe("incident register [POL-SEC-INCIDENT][POL-BREACH-72H]", () => {
  it("registers an incident with a 72-hour deadline, finds affected people in the audit log, and notifies them once", async () => {
    const from = app.clock.now();
    const a = await registerUser(app);
    const b = await registerUser(app);
    app.clock.advance(3600_000);
    const outside = await registerUser(app);
    await signIn(app, admin, adminLogin.email, adminLogin.secret);
    const awareAt = app.clock.now().toISOString();
    const c = await admin.ok<{ incidentCreate: { incident: { id: string; notifyBy: string; status: string } } }>(
      "mutation($i: IncidentCreateInput!) { incidentCreate(input: $i) { incident { id notifyBy status } errors { code field } } }",
      { i: { title: "Exposed session log", description: "A debug log with session ids was readable for two hours.", awareAt, dataCategories: ["contact details", "device details"] } },
    );
    const inc = c.incidentCreate.incident;
    expect(new Date(inc.notifyBy).getTime() - new Date(awareAt).getTime()).toBe(72 * 3600_000);
    const added = await admin.ok<{ incidentAffectedAdd: { count: number } }>("mutation($id: ID!, $i: IncidentAffectedInput!) { incidentAffectedAdd(id: $id, input: $i) { count errors { code } } }", {
      id: inc.id,
      i: { auditFrom: from.toISOString(), auditTo: new Date(from.getTime() + 60_000).toISOString(), auditAction: "user.registered" },
    });
    expect(added.incidentAffectedAdd.count).toBe(2);
    const NOTIFY = "mutation($id: ID!, $i: IncidentNotifyInput!) { incidentNotify(id: $id, input: $i) { count errors { code } } }";
    const input = { whatHappened: "A log file with session identifiers was exposed.", whatWeDid: "We removed it and signed everyone out.", whatYouShouldDo: "Sign in again; no action is needed otherwise." };
    expect((await admin.ok<{ incidentNotify: { count: number } }>(NOTIFY, { id: inc.id, i: input })).incidentNotify.count).toBe(2);
    expect((await admin.ok<{ incidentNotify: { count: number } }>(NOTIFY, { id: inc.id, i: input })).incidentNotify.count).toBe(0);
    const mails = (await app.deliverMail()).filter((m) => m.subject === "Important: a security incident affecting your data").map((m) => m.to).sort();
    expect(mails).toEqual([a.input.email, b.input.email].sort());
    expect(mails).not.toContain(outside.input.email);
    const list = await admin.ok<{ incidents: { status: string; description: string; affectedUsers: { notifiedAt: string }[] }[] }>("{ incidents { status description affectedUsers { notifiedAt } } }");
    expect(list.incidents[0]).toMatchObject({ status: "NOTIFIED", description: "A debug log with session ids was readable for two hours." });
    expect(list.incidents[0].affectedUsers.every((u) => u.notifiedAt)).toBe(true);
    const raw = JSON.stringify(await app.sql("select description_enc from incidents"));
    expect(raw).not.toContain("debug log");
  });
});

describe("children [POL-CHILD-18]", () => {
  it("anyone can report an account; confirming erases it promptly; the answer never reveals whether the account exists", async () => {
    app.clock.advance(60_000);
    await signIn(app, admin, adminLogin.email, adminLogin.secret);
    const { input, user } = await registerUser(app);
    const anon = app.client();
    const REPORT = "mutation($i: ChildReportInput!) { childReportCreate(input: $i) { ok errors { code } } }";
    const r1 = await anon.ok<{ childReportCreate: { ok: boolean } }>(REPORT, { i: { accountEmail: input.email, details: "This is my 15-year-old son's account.", reporterContact: "parent@example.org" } });
    const r2 = await anon.ok<{ childReportCreate: { ok: boolean } }>(REPORT, { i: { accountEmail: "nobody@example.org", details: "Looks like a child to me." } });
    expect(r1).toEqual(r2);
    const reports = await admin.ok<{ childReports: { id: string; subjectUserId: string | null; details: string }[] }>("{ childReports { id subjectUserId details status } }");
    const mine = reports.childReports.find((r) => r.subjectUserId === user.id)!;
    expect(mine.details).toBe("This is my 15-year-old son's account.");
    await admin.ok("mutation($id: ID!) { childReportResolve(id: $id, confirmed: true) { status } }", { id: mine.id });
    const [row] = await app.sql<{ erased_at: Date | null }>("select erased_at from users where id = $1", [user.id]);
    expect(row.erased_at).not.toBeNull();
  });
});
