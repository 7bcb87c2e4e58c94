import { getMetadataArgsStorage } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENTITIES } from "../../database/entities";
import { SnakeNamingStrategy } from "../../database/naming-strategy";
import { createUser, registerUser, signIn } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";
import { createSubmittedAccreditation, decide } from "../../test/workflow";
import { EXPORT_SECTIONS, NOT_PERSONAL, PERSONAL_COLUMNS } from "./personal-data.registry";

let app: TestApp;
let admin: GraphQLTestClient;
let adminLogin: { email: string; secret: string | null };
beforeAll(async () => {
  app = await createTestApp();
  const a = await createUser(app, { role: "ADMIN", mfa: true });
  adminLogin = a;
  admin = app.client();
  await signIn(app, admin, a.email, a.secret);
});
afterAll(() => app?.close());

const CREATE = "mutation($input: PrivacyRequestCreateInput!) { privacyRequestCreate(input: $input) { privacyRequest { id kind status dueAt } errors { code field } } }";
const DAY = 86_400_000;

describe("requests from people who cannot sign in [POL-RIGHT-IDENTITY]", () => {
  it("e-mails a code to the account's address; the right code records the request; unknown addresses look the same", async () => {
    const { input, user } = await registerUser(app);
    await app.deliverMail();
    const anon = app.client();
    const START = "mutation($i: PrivacyRequestStartInput!) { privacyRequestStart(input: $i) { verificationId errors { code } } }";
    const known = await anon.ok<{ privacyRequestStart: { verificationId: string } }>(START, { i: { email: input.email, kind: "ACCESS" } });
    const unknown = await anon.ok<{ privacyRequestStart: { verificationId: string } }>(START, { i: { email: "nobody.at.all@example.org", kind: "ACCESS" } });
    expect(Object.keys(unknown.privacyRequestStart)).toEqual(Object.keys(known.privacyRequestStart));
    const mail = (await app.deliverMail()).find((m) => m.to === input.email)!;
    const code = /\b(\d{6})\b/.exec(mail.text)![1];
    const CONFIRM = "mutation($id: ID!, $c: String!) { privacyRequestConfirm(verificationId: $id, code: $c) { privacyRequest { id kind status } errors { code } } }";
    const wrong = await anon.ok<{ privacyRequestConfirm: { errors: { code: string }[] } }>(CONFIRM, { id: known.privacyRequestStart.verificationId, c: code === "000000" ? "111111" : "000000" });
    expect(wrong.privacyRequestConfirm.errors[0].code).toBe("INVALID_CODE");
    const noAccount = await anon.ok<{ privacyRequestConfirm: { errors: { code: string }[] } }>(CONFIRM, { id: unknown.privacyRequestStart.verificationId, c: code });
    expect(noAccount.privacyRequestConfirm.errors[0].code).toBe("INVALID_CODE");
    const ok = await anon.ok<{ privacyRequestConfirm: { privacyRequest: { kind: string; status: string } } }>(CONFIRM, { id: known.privacyRequestStart.verificationId, c: code });
    expect(ok.privacyRequestConfirm.privacyRequest).toMatchObject({ kind: "ACCESS", status: "RECEIVED" });
    const again = await anon.ok<{ privacyRequestConfirm: { errors: { code: string }[] } }>(CONFIRM, { id: known.privacyRequestStart.verificationId, c: code });
    expect(again.privacyRequestConfirm.errors[0].code).toBe("INVALID_CODE");
    const rows = await app.sql("select kind from privacy_requests where user_id = $1", [user.id]);
    expect(rows).toEqual([{ kind: "ACCESS" }]);
  });
});

describe("personal-data registry", () => {
  it("lists every encrypted column, and every listed table is covered by an export section (or is a platform secret)", () => {
    const naming = new SnakeNamingStrategy();
    const tables = new Map(getMetadataArgsStorage().tables.filter((t) => ENTITIES.includes(t.target as never)).map((t) => [t.target, t.name!]));
    const unregistered: string[] = [];
    for (const c of getMetadataArgsStorage().columns) {
      const table = tables.get(c.target as never);
      if (!table) continue;
      const column = naming.columnName(c.propertyName, c.options.name, []);
      if (column.endsWith("_enc") && !(PERSONAL_COLUMNS[table] ?? []).includes(column)) unregistered.push(`${table}.${column}`);
    }
    expect(unregistered).toEqual([]);
    const covered = new Set(EXPORT_SECTIONS.flatMap((s) => s.tables));
    expect(Object.keys(PERSONAL_COLUMNS).filter((t) => !covered.has(t) && !NOT_PERSONAL.has(t) && t !== "review_notes" && t !== "organization_invitations")).toEqual([]);
  });
});

describe("data-subject requests [POL-RIGHT-ACCESS][POL-RIGHT-PORTABLE][POL-RIGHT-30DAYS][POL-RIGHT-IDENTITY]", () => {
  it("needs a recent sign-in, is due in 30 days, and an export covers the person's data, downloadable by them only until it expires", async () => {
    const { client, input } = await registerUser(app, { firstName: "Exportia", phone: "+1 555 0142" });
    const { applicationId } = await createSubmittedAccreditation(client, "Export canary program");
    await decide(admin, applicationId, "APPROVE");
    app.clock.advance(11 * 60_000);
    await client.refresh();
    const late = await client.ok<{ privacyRequestCreate: { errors: { code: string }[] } }>(CREATE, { input: { kind: "EXPORT" } });
    expect(late.privacyRequestCreate.errors[0].code).toBe("STEP_UP_REQUIRED");
    await signIn(app, client, input.email);
    const r = await client.ok<{ privacyRequestCreate: { privacyRequest: { id: string; status: string; dueAt: string } } }>(CREATE, { input: { kind: "EXPORT", details: "Everything, please." } });
    const req = r.privacyRequestCreate.privacyRequest;
    expect(req.status).toBe("RECEIVED");
    expect(new Date(req.dueAt).getTime() - app.clock.now().getTime()).toBe(30 * DAY);

    await app.server.services.privacyRequests.runExport(req.id);
    const q = await client.ok<{ privacyRequest: { status: string; exportUrl: string } }>("query($id: ID!) { privacyRequest(id: $id) { status exportUrl } }", { id: req.id });
    expect(q.privacyRequest.status).toBe("COMPLETED");
    const res = await fetch(`${app.url}${q.privacyRequest.exportUrl}`, { headers: { authorization: `Bearer ${client.token}` } });
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { format: string; sections: Record<string, unknown>; processing: { location: string } };
    expect(doc.format).toBe("carecoreplus.personal-data-export.v1");
    expect(doc.processing.location).toBe("United States");
    const text = JSON.stringify(doc);
    for (const canary of [input.email, "Exportia", "+1 555 0142", "Export canary program", "Grace Instructor", "Sunrise Home Care", "twelve weeks", "Everything, please."]) expect(text).toContain(canary);
    expect(Array.isArray(doc.sections.credentials)).toBe(true);
    expect(Object.keys(doc.sections)).toEqual(EXPORT_SECTIONS.map((s) => s.name));

    const other = await registerUser(app);
    expect((await fetch(`${app.url}${q.privacyRequest.exportUrl}`, { headers: { authorization: `Bearer ${other.client.token}` } })).status).toBe(404);
    expect((await fetch(`${app.url}${q.privacyRequest.exportUrl}`, { headers: { authorization: `Bearer ${admin.token}` } })).status).toBe(404);
    app.clock.advance(8 * DAY);
    await signIn(app, client, input.email);
    expect((await fetch(`${app.url}/api/privacy-requests/${req.id}/export`, { headers: { authorization: `Bearer ${client.token}` } })).status).toBe(404);
  });

  it("staff see requests by due date, the overdue ones, and extend or close them with a notice", async () => {
    const { client, input } = await registerUser(app);
    const c = await client.ok<{ privacyRequestCreate: { privacyRequest: { id: string } } }>(CREATE, { input: { kind: "CORRECTION", details: "My last name is spelled Okafor, not Okafur." } });
    const id = c.privacyRequestCreate.privacyRequest.id;
    expect(await app.server.services.privacyRequests.remindStaff()).toBe(0);
    app.clock.advance(24 * DAY);
    expect(await app.server.services.privacyRequests.remindStaff()).toBeGreaterThanOrEqual(1); // due within 7 days
    expect(await app.server.services.privacyRequests.remindStaff()).toBe(0); // once
    const [{ n }] = await app.sql<{ n: string }>("select count(*) n from notifications where kind = 'privacy.due_soon'");
    expect(Number(n)).toBeGreaterThanOrEqual(1);
    app.clock.advance(7 * DAY);
    await signIn(app, admin, adminLogin.email, adminLogin.secret);
    const LIST = "query($f: PrivacyRequestsFilter) { privacyRequests(filter: $f) { totalCount edges { node { id kind details dueAt } } } }";
    const overdue = await admin.ok<{ privacyRequests: { edges: { node: { id: string; details: string } }[] } }>(LIST, { f: { overdue: true } });
    expect(overdue.privacyRequests.edges.find((e) => e.node.id === id)?.node.details).toBe("My last name is spelled Okafor, not Okafur.");
    const EXTEND = "mutation($id: ID!, $d: Int!) { privacyRequestExtend(id: $id, reason: \"We are checking your identity documents.\", days: $d) { privacyRequest { status dueAt } errors { code field } } }";
    expect((await admin.ok<{ privacyRequestExtend: { errors: { code: string }[] } }>(EXTEND, { id, d: 61 })).privacyRequestExtend.errors[0].code).toBe("INVALID");
    const ext = await admin.ok<{ privacyRequestExtend: { privacyRequest: { status: string; dueAt: string } } }>(EXTEND, { id, d: 30 });
    expect(ext.privacyRequestExtend.privacyRequest.status).toBe("IN_PROGRESS");
    const done = await admin.ok<{ privacyRequestComplete: { privacyRequest: { status: string } } }>("mutation($id: ID!) { privacyRequestComplete(id: $id, outcome: \"Corrected your last name.\") { privacyRequest { status } errors { code } } }", { id });
    expect(done.privacyRequestComplete.privacyRequest.status).toBe("COMPLETED");
    const again = await admin.ok<{ privacyRequestReject: { errors: { code: string }[] } }>("mutation($id: ID!) { privacyRequestReject(id: $id, reason: \"Not possible any more\") { errors { code } } }", { id });
    expect(again.privacyRequestReject.errors[0].code).toBe("ALREADY_CLOSED");
    const mails = (await app.deliverMail()).filter((m) => m.to === input.email).map((m) => m.subject);
    expect(mails).toEqual(expect.arrayContaining(["We received your privacy request", "We need more time for your privacy request", "Your privacy request is complete"]));
    await signIn(app, client, input.email);
    const mine = await client.ok<{ myPrivacyRequests: { id: string; outcome: string }[] }>("{ myPrivacyRequests { id outcome } }");
    expect(mine.myPrivacyRequests[0]).toEqual({ id, outcome: "Corrected your last name." });
  });
});

describe("who asked, for staff only [POL-RIGHT-IDENTITY]", () => {
  const LIST = "query($f: PrivacyRequestsFilter, $first: Int) { privacyRequests(filter: $f, first: $first) { edges { node { id identityCheck requester { userId displayName email erased } } } } }";
  type Node = { id: string; identityCheck: string | null; requester: { userId: string; displayName: string | null; email: string | null; erased: boolean } | null };
  const nodes = async (f: Record<string, unknown>) => (await admin.ok<{ privacyRequests: { edges: { node: Node }[] } }>(LIST, { f, first: 100 })).privacyRequests.edges.map((e) => e.node);

  it("POL-RIGHT-IDENTITY: staff see the requester's name and e-mail and how identity was checked; applicants cannot read them nor other people's requests", async () => {
    app.clock.advance(60_000); // a fresh TOTP step: the last one was used by the previous test
    await signIn(app, admin, adminLogin.email, adminLogin.secret);
    const a = await registerUser(app, { firstName: "Stepup", lastName: "Asker" });
    const mine = await a.client.ok<{ privacyRequestCreate: { privacyRequest: { id: string } } }>(CREATE, { input: { kind: "DELETION", details: "Please delete my account." } });
    const aId = mine.privacyRequestCreate.privacyRequest.id;

    const b = await registerUser(app, { firstName: "Coded", lastName: "Asker" });
    await app.deliverMail();
    const anon = app.client();
    const started = await anon.ok<{ privacyRequestStart: { verificationId: string } }>("mutation($i: PrivacyRequestStartInput!) { privacyRequestStart(input: $i) { verificationId errors { code } } }", { i: { email: b.input.email, kind: "DELETION" } });
    const code = /\b(\d{6})\b/.exec((await app.deliverMail()).find((m) => m.to === b.input.email)!.text)![1];
    const confirmed = await anon.ok<{ privacyRequestConfirm: { privacyRequest: { id: string } } }>("mutation($id: ID!, $c: String!) { privacyRequestConfirm(verificationId: $id, code: $c) { privacyRequest { id } errors { code } } }", { id: started.privacyRequestStart.verificationId, c: code });
    const bId = confirmed.privacyRequestConfirm.privacyRequest.id;

    const byId = new Map((await nodes({ kind: "DELETION" })).map((n) => [n.id, n]));
    expect(byId.get(aId)).toEqual({ id: aId, identityCheck: "STEP_UP_SIGN_IN", requester: { userId: a.user.id, displayName: "Stepup Asker", email: a.input.email, erased: false } });
    expect(byId.get(bId)).toEqual({ id: bId, identityCheck: "EMAILED_CODE", requester: { userId: b.user.id, displayName: "Coded Asker", email: b.input.email, erased: false } });

    // One batched user query for the whole page, however many requesters it shows (no N+1).
    const count = async (q: string) => Number((await admin.request(q, { f: { kind: "DELETION" }, first: 100 })).headers.get("x-query-count"));
    const without = await count("query($f: PrivacyRequestsFilter, $first: Int) { privacyRequests(filter: $f, first: $first) { edges { node { id } } } }");
    expect(await count(LIST)).toBe(without + 1);

    // The requester may read their own request, but not the staff-only requester field; nobody else may read it at all.
    const own = await a.client.request<{ privacyRequest: { id: string; requester: unknown } | null }>("query($id: ID!) { privacyRequest(id: $id) { id requester { email } } }", { id: aId });
    expect(own.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(own.data?.privacyRequest?.requester ?? null).toBeNull();
    const other = await b.client.ok<{ privacyRequest: unknown }>("query($id: ID!) { privacyRequest(id: $id) { id details } }", { id: aId });
    expect(other.privacyRequest).toBeNull();
    const bMine = await b.client.ok<{ myPrivacyRequests: { id: string }[] }>("{ myPrivacyRequests { id } }");
    expect(bMine.myPrivacyRequests.map((r) => r.id)).toEqual([bId]);
    expect((await b.client.request("{ privacyRequests { totalCount } }")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // Once erased, the request still says who it was (by id) but no longer their name or address.
    await admin.ok("mutation($id: ID!) { privacyRequestComplete(id: $id, outcome: \"Your account has been deleted.\") { errors { code } } }", { id: aId });
    const after = (await nodes({ kind: "DELETION" })).find((n) => n.id === aId);
    expect(after?.requester).toEqual({ userId: a.user.id, displayName: null, email: null, erased: true });
  });
});
