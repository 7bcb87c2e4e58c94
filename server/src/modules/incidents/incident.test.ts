import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, registerUser, signIn, signedInStaff } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";

let app: TestApp;
let admin: GraphQLTestClient;
let adminLogin: { id: string; email: string; secret: string | null };
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

const CREATE = "mutation($i: IncidentCreateInput!) { incidentCreate(input: $i) { incident { id status } errors { code field } } }";
const ADD = "mutation($id: ID!, $i: IncidentAffectedInput!) { incidentAffectedAdd(id: $id, input: $i) { count errors { code field } } }";
const NOTIFY_ONE = "mutation($id: ID!, $i: IncidentNotifyInput!) { incidentNotify(id: $id, input: $i) { count errors { code field } } }";
const CLOSE = "mutation($id: ID!, $i: IncidentCloseInput!) { incidentClose(id: $id, input: $i) { incident { id status closedAt closingSummary lessonsLearned } errors { code field message } } }";
const NOTICE = { whatHappened: "A report with contact details was e-mailed to the wrong provider.", whatWeDid: "The provider deleted it and confirmed in writing.", whatYouShouldDo: "Nothing; be wary of unexpected e-mails." };
type Errors = { code: string; field: string[] | null; message?: string }[];

async function newIncident(title: string): Promise<string> {
  const c = await admin.ok<{ incidentCreate: { incident: { id: string } } }>(CREATE, {
    i: { title, description: "Contact details were sent to the wrong training provider.", awareAt: app.clock.now().toISOString(), dataCategories: ["contact details"] },
  });
  return c.incidentCreate.incident.id;
}

describe("closing incidents [POL-SEC-INCIDENT]", () => {
  it("POL-SEC-INCIDENT: only ADMIN may close; a closing summary is needed; pending notices block closing; the close is audited and a closed incident can't be changed", async () => {
    app.clock.advance(60_000);
    await signIn(app, admin, adminLogin.email, adminLogin.secret);
    const person = await registerUser(app);
    const id = await newIncident("Report sent to the wrong provider");
    const i = { summary: "The provider deleted the report; nobody else received it.", lessonsLearned: "Check the recipient before sending reports." };

    const anon = await app.client().request(CLOSE, { id, i });
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const denied = await person.client.request(CLOSE, { id, i });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const short = await admin.ok<{ incidentClose: { incident: null; errors: Errors } }>(CLOSE, { id, i: { summary: "done" } });
    expect(short.incidentClose).toMatchObject({ incident: null, errors: [{ code: "INVALID", field: ["summary"] }] });
    const missing = await admin.ok<{ incidentClose: { errors: Errors } }>(CLOSE, { id: "00000000-0000-4000-8000-000000000000", i });
    expect(missing.incidentClose.errors[0].code).toBe("NOT_FOUND");

    await admin.ok(ADD, { id, i: { userIds: [person.user.id] } });
    const pending = await admin.ok<{ incidentClose: { incident: null; errors: Errors } }>(CLOSE, { id, i });
    expect(pending.incidentClose.errors[0]).toMatchObject({ code: "NOTIFICATION_PENDING", message: "1 affected person has not been notified yet. Send the notice before closing the incident." });
    expect((await admin.ok<{ incidentNotify: { count: number } }>(NOTIFY_ONE, { id, i: NOTICE })).incidentNotify.count).toBe(1);

    app.clock.advance(3600_000);
    await signIn(app, admin, adminLogin.email, adminLogin.secret);
    const closed = await admin.ok<{ incidentClose: { incident: { status: string; closedAt: string; closingSummary: string; lessonsLearned: string }; errors: Errors } }>(CLOSE, { id, i });
    expect(closed.incidentClose.errors).toEqual([]);
    expect(closed.incidentClose.incident).toMatchObject({ status: "CLOSED", closedAt: app.clock.now().toISOString(), closingSummary: i.summary, lessonsLearned: i.lessonsLearned });
    const audit = await app.sql<{ action: string; actor_user_id: string }>("select action, actor_user_id from audit_events where target_id = $1 and action = 'incident.closed'", [id]);
    expect(audit).toHaveLength(1);
    const [{ closed_by }] = await app.sql<{ closed_by: string }>("select closed_by from incidents where id = $1", [id]);
    expect(closed_by).toBe(audit[0].actor_user_id);

    const again = await admin.ok<{ incidentClose: { errors: Errors } }>(CLOSE, { id, i });
    expect(again.incidentClose.errors.map((e) => e.code)).toEqual(["INCIDENT_CLOSED"]);
    const add = await admin.ok<{ incidentAffectedAdd: { count: number; errors: Errors } }>(ADD, { id, i: { userIds: [person.user.id] } });
    expect(add.incidentAffectedAdd.errors.map((e) => e.code)).toEqual(["INCIDENT_CLOSED"]);
    const notify = await admin.ok<{ incidentNotify: { count: number; errors: Errors } }>(NOTIFY_ONE, { id, i: NOTICE });
    expect(notify.incidentNotify).toEqual({ count: 0, errors: [{ code: "INCIDENT_CLOSED", field: ["id"] }] });
    const [row] = await app.sql<{ status: string; closing_summary: string }>("select status, closing_summary from incidents where id = $1", [id]);
    expect(row).toEqual({ status: "CLOSED", closing_summary: i.summary });
  });

  it("POL-SEC-INCIDENT: an incident nobody had to be told about can be closed without lessons learned", async () => {
    app.clock.advance(60_000);
    await signIn(app, admin, adminLogin.email, adminLogin.secret);
    const id = await newIncident("Laptop lost, disk encrypted");
    const r = await admin.ok<{ incidentClose: { incident: { status: string; lessonsLearned: string | null }; errors: Errors } }>(CLOSE, { id, i: { summary: "The disk was encrypted; no personal data was exposed." } });
    expect(r.incidentClose).toEqual({ incident: expect.objectContaining({ status: "CLOSED", lessonsLearned: null }), errors: [] });
  });
});

describe("affected people [POL-BREACH-72H]", () => {
  const DETAIL = "query($id: ID!) { incident(id: $id) { affectedUsers { userId displayName email erased notified notifiedAt } } }";
  type Affected = { userId: string; displayName: string | null; email: string | null; erased: boolean; notified: boolean; notifiedAt: string | null };

  it("POL-BREACH-72H: staff see each affected person's name and e-mail, whether and when they were told, and erased people as erased", async () => {
    app.clock.advance(60_000);
    await signIn(app, admin, adminLogin.email, adminLogin.secret);
    const told = await registerUser(app, { firstName: "Ada", lastName: "Told" });
    const gone = await registerUser(app, { firstName: "Bo", lastName: "Gone" });
    const id = await newIncident("Evidence bucket misconfigured");
    await admin.ok(ADD, { id, i: { userIds: [told.user.id, gone.user.id] } });
    // Erased since (here through a confirmed under-18 report).
    const incidents = app.server.services.incidents;
    await incidents.report({ accountEmail: gone.input.email, details: "This account belongs to a 16-year-old." });
    const report = (await incidents.childReports()).find((c) => c.subjectUserId === gone.user.id)!;
    expect((await incidents.resolve({ type: "USER", userId: adminLogin.id, requestId: null }, report.id, true)).ok).toBe(true);
    await admin.ok(NOTIFY_ONE, { id, i: NOTICE });

    const r = await admin.ok<{ incident: { affectedUsers: Affected[] } }>(DETAIL, { id });
    // Added in one go (same instant): compare in a fixed order.
    expect([...r.incident.affectedUsers].sort((x, y) => Number(x.erased) - Number(y.erased))).toEqual([
      { userId: told.user.id, displayName: "Ada Told", email: told.input.email, erased: false, notified: true, notifiedAt: app.clock.now().toISOString() },
      { userId: gone.user.id, displayName: null, email: null, erased: true, notified: false, notifiedAt: null },
    ]);
    // Erased people can no longer be told, so they don't block closing.
    const close = await admin.ok<{ incidentClose: { errors: Errors } }>(CLOSE, { id, i: { summary: "Bucket locked down; access logs show no download." } });
    expect(close.incidentClose.errors).toEqual([]);

    const denied = await told.client.request(DETAIL, { id });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("POL-BREACH-72H: the affected list runs a fixed number of queries whatever its length (no N+1)", async () => {
    app.clock.advance(60_000);
    await signIn(app, admin, adminLogin.email, adminLogin.secret);
    const people = [];
    for (let n = 0; n < 12; n++) people.push((await createUser(app)).id);
    const small = await newIncident("Small incident");
    const large = await newIncident("Large incident");
    await admin.ok(ADD, { id: small, i: { userIds: people.slice(0, 2) } });
    await admin.ok(ADD, { id: large, i: { userIds: people } });
    const count = async (id: string, n: number) => {
      const r = await admin.request<{ incident: { affectedUsers: Affected[] } }>(DETAIL, { id });
      expect(r.errors).toBeUndefined();
      expect(r.data?.incident.affectedUsers).toHaveLength(n);
      expect(r.data?.incident.affectedUsers.every((a) => a.email?.includes("@") && a.displayName === "Staff Member")).toBe(true);
      return Number(r.headers.get("x-query-count"));
    };
    expect(await count(large, 12)).toBe(await count(small, 2));
    const LIST = "{ incidents { id affectedUsers { displayName } } }";
    const list = await admin.request(LIST);
    expect(list.errors).toBeUndefined();
    expect(Number(list.headers.get("x-query-count"))).toBeLessThanOrEqual(await count(small, 2) + 1);
  });
});

const REPORT_ONE = "mutation($i: ChildReportInput!) { childReportCreate(input: $i) { ok errors { code } } }";
const RESOLVE = "mutation($id: ID!, $confirmed: Boolean!) { childReportResolve(id: $id, confirmed: $confirmed) { childReport { id status subjectErased reportedEmail } errors { code field } } }";

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
    const done = await admin.ok<{ childReportResolve: { childReport: { status: string; subjectErased: boolean; reportedEmail: string | null }; errors: Errors } }>(RESOLVE, { id: mine.id, confirmed: true });
    expect(done.childReportResolve).toEqual({ childReport: { id: mine.id, status: "CONFIRMED", subjectErased: true, reportedEmail: null }, errors: [] });
    const [row] = await app.sql<{ erased_at: Date | null }>("select erased_at from users where id = $1", [user.id]);
    expect(row.erased_at).not.toBeNull();
  });

  it("POL-CHILD-18: staff (ADMIN only) see the reported e-mail and the reporter's contact, decrypted, to verify the report", async () => {
    app.clock.advance(60_000);
    await signIn(app, admin, adminLogin.email, adminLogin.secret);
    const { input, user, client } = await registerUser(app, { firstName: "Tess", lastName: "Young" });
    await app.client().ok(REPORT_ONE, { i: { accountEmail: input.email.toUpperCase(), details: "She told me she is 16.", reporterContact: "teacher@school.example" } });
    await app.client().ok(REPORT_ONE, { i: { accountEmail: "no.such.account@example.org", details: "Sounds like a teenager." } });
    const Q = "{ childReports { id subjectUserId reportedEmail reporterContact subjectDisplayName subjectErased details status } }";
    const reports = (await admin.ok<{ childReports: Record<string, unknown>[] }>(Q)).childReports;
    expect(reports.find((r) => r.subjectUserId === user.id)).toMatchObject({ reportedEmail: input.email, reporterContact: "teacher@school.example", subjectDisplayName: "Tess Young", subjectErased: false, status: "OPEN" });
    expect(reports.find((r) => r.details === "Sounds like a teenager.")).toMatchObject({ subjectUserId: null, reportedEmail: null, reporterContact: null, subjectDisplayName: null, subjectErased: false });
    const raw = JSON.stringify(await app.sql("select * from child_reports"));
    expect(raw).not.toContain("teacher@school.example");

    const reviewer = (await signedInStaff(app, "REVIEWER")).client;
    for (const c of [reviewer, client]) expect((await c.request(Q)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await app.client().request(Q)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("POL-CHILD-18: resolving answers typed errors (INVALID, NOT_FOUND, ALREADY_RESOLVED) and a dismissal leaves the account alone", async () => {
    app.clock.advance(60_000);
    await signIn(app, admin, adminLogin.email, adminLogin.secret);
    const { input, user } = await registerUser(app);
    await app.client().ok(REPORT_ONE, { i: { accountEmail: input.email, details: "Profile photo looks young." } });
    const report = (await admin.ok<{ childReports: { id: string; subjectUserId: string | null }[] }>("{ childReports { id subjectUserId } }")).childReports.find((r) => r.subjectUserId === user.id)!;

    const bad = await admin.ok<{ childReportResolve: { childReport: null; errors: Errors } }>(RESOLVE, { id: "not-an-id", confirmed: false });
    expect(bad.childReportResolve).toEqual({ childReport: null, errors: [{ code: "INVALID", field: ["id"] }] });
    const missing = await admin.ok<{ childReportResolve: { errors: Errors } }>(RESOLVE, { id: "00000000-0000-4000-8000-000000000000", confirmed: false });
    expect(missing.childReportResolve.errors).toEqual([{ code: "NOT_FOUND", field: ["id"] }]);

    const dismissed = await admin.ok<{ childReportResolve: { childReport: { status: string; subjectErased: boolean }; errors: Errors } }>(RESOLVE, { id: report.id, confirmed: false });
    expect(dismissed.childReportResolve).toEqual({ childReport: { id: report.id, status: "DISMISSED", subjectErased: false, reportedEmail: input.email }, errors: [] });
    const again = await admin.ok<{ childReportResolve: { childReport: null; errors: Errors } }>(RESOLVE, { id: report.id, confirmed: true });
    expect(again.childReportResolve).toEqual({ childReport: null, errors: [{ code: "ALREADY_RESOLVED", field: ["id"] }] });
    const [row] = await app.sql<{ erased_at: Date | null }>("select erased_at from users where id = $1", [user.id]);
    expect(row.erased_at).toBeNull();
    const audit = await app.sql<{ action: string }>("select action from audit_events where target_id = $1 order by at", [report.id]);
    expect(audit.map((a) => a.action)).toEqual(["child_report.received", "child_report.dismissed"]);
  });
});
