import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvCell, csvLine } from "../../common/csv";
import { createUser, registerUser, signIn, signedInStaff } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";
import { APP_ASSIGN, createSubmittedAccreditation } from "../../test/workflow";
import { parseExportFilter } from "./list-export.filters";
import { ListExportService } from "./list-export.service";

let app: TestApp;
let admin: GraphQLTestClient;
let adminId: string;
beforeAll(async () => {
  app = await createTestApp();
  const a = await signedInStaff(app, "ADMIN");
  admin = a.client;
  adminId = a.user.id;
});
afterAll(() => app?.close());

const get = (path: string, token?: string | null) => fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
/** The CSV body without its byte-order mark, split into records (no field in these tests holds a line break). */
const records = async (res: Response) => {
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte-order mark
  const body = new TextDecoder().decode(bytes); // (the decoder drops the mark)
  expect(body.endsWith("\r\n")).toBe(true);
  return body.slice(0, -2).split("\r\n");
};

describe("CSV cells [POL-SEC-RBAC]", () => {
  it("quotes commas, quotes and line breaks and neutralises formula starts (= + - @ tab CR); numbers stay numbers", () => {
    expect(csvLine(["a,b", 'say "hi"', "two\nlines", null, 3, -3, true, new Date("2026-01-02T03:04:05Z")])).toBe('"a,b","say ""hi""","two\nlines",,3,-3,yes,2026-01-02T03:04:05.000Z\r\n');
    expect(["=1+2", "+1", "-1", "@SUM(A1)", "\tx"].map(csvCell)).toEqual(["'=1+2", "'+1", "'-1", "'@SUM(A1)", "'\tx"]);
    expect(csvCell("\r=x")).toBe('"\'\r=x"');
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
  });

  it("filters are checked: unknown values are refused with the field named", () => {
    expect(parseExportFilter("applications", { status: "SUBMITTED,UNDER_REVIEW", unassigned: "true", sort: "SUBMITTED_AT_ASC" })).toEqual({
      ok: true,
      filter: { status: ["SUBMITTED", "UNDER_REVIEW"], kind: null, assigneeId: null, unassigned: true, minAgeDays: null, programId: null, sort: "SUBMITTED_AT_ASC" },
    });
    expect(parseExportFilter("applications", { status: ["SUBMITTED", "NOPE"] })).toMatchObject({ ok: false, field: "status" });
    expect(parseExportFilter("applications", { minAgeDays: "-1" })).toMatchObject({ ok: false, field: "minAgeDays" });
    expect(parseExportFilter("privacy-requests", { overdue: "maybe" })).toMatchObject({ ok: false, field: "overdue" });
    expect(parseExportFilter("people", { role: "ROOT" })).toMatchObject({ ok: false, field: "role" });
    expect(parseExportFilter("payments", { status: "PAID" })).toEqual({ ok: true, filter: { status: "PAID" } });
  });
});

describe("GET /api/admin/exports/<list>.csv [POL-SEC-RBAC][POL-SEC-AUDIT]", () => {
  it("admins with two-step sign-in only: anonymous 401, applicants, reviewers and admins without MFA 403; unknown lists 404", async () => {
    const path = "/api/admin/exports/applications.csv";
    expect((await get(path)).status).toBe(401);
    expect((await get(path, "not-a-token")).status).toBe(401);
    expect((await get(path, (await registerUser(app)).client.token)).status).toBe(403);
    expect((await get(path, (await signedInStaff(app, "REVIEWER")).client.token)).status).toBe(403);
    const noMfa = await createUser(app, { role: "ADMIN" });
    const c = app.client();
    await signIn(app, c, noMfa.email);
    expect((await get(path, c.token)).status).toBe(403);
    expect((await get("/api/admin/exports/secrets.csv", admin.token)).status).toBe(404);
    const bad = await get(`${path}?status=NOPE`, admin.token);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: "BAD_REQUEST", field: "status" });
  });

  it("applications: the review queue's filters, names decrypted, formula cells neutralised, every row, the export audited", async () => {
    const applicant = await registerUser(app, { firstName: "=HYPERLINK(\"http://x\")", lastName: "Okafor" });
    const first = await createSubmittedAccreditation(applicant.client, "+Program, \"quoted\"");
    const second = await createSubmittedAccreditation(applicant.client, "Plain program");
    const reviewer = await signedInStaff(app, "REVIEWER");
    await reviewer.client.ok(APP_ASSIGN, { id: second.applicationId });

    const res = await get("/api/admin/exports/applications.csv?status=SUBMITTED&sort=SUBMITTED_AT_ASC", admin.token);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="carecoreplus-applications-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const lines = await records(res);
    expect(lines[0]).toBe("id,kind,status,program,applicant,applicant_email,assignee,submitted_at,decided_at,decision,updated_at");
    expect(lines).toHaveLength(2); // the assigned one is UNDER_REVIEW: filtered out
    expect(lines[1]).toContain(`${first.applicationId},PROGRAM_ACCREDITATION,SUBMITTED,"'+Program, ""quoted""","'=HYPERLINK(""http://x"") Okafor",${applicant.input.email},,`);

    const review = await records(await get("/api/admin/exports/applications.csv?status=UNDER_REVIEW", admin.token));
    expect(review.slice(1).map((l) => l.split(",")[0])).toEqual([second.applicationId]);
    expect(review[1]).toContain(",Staff Member,");

    // Two exports, each audited with the list and the names of the filters (never their values); refused calls are not.
    const audit = await app.sql<{ actor_user_id: string; metadata: { list: string; filter: string[] } }>("select actor_user_id, metadata from audit_events where action = 'list.exported'");
    expect(audit).toEqual([1, 2].map(() => ({ actor_user_id: adminId, metadata: { list: "applications", filter: ["status"] } })));
  });

  it("exports every matching row, page after page, not only the first page", async () => {
    const applicant = await registerUser(app);
    for (let i = 0; i < 5; i++) await createSubmittedAccreditation(applicant.client, `Paged program ${i}`);
    const viewer = await app.server.services.sessions.authenticate(admin.token!);
    const rows = [];
    for await (const row of new ListExportService(app.server.services, 2).rows("applications", { sort: "CREATED_AT_DESC", status: ["SUBMITTED"] }, viewer!)) rows.push(row);
    const [{ n }] = await app.sql<{ n: number }>("select count(*)::int n from applications where status = 'SUBMITTED'");
    expect(rows.length - 1).toBe(n);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(n);
    const http = await records(await get("/api/admin/exports/applications.csv?status=SUBMITTED", admin.token));
    expect(http.length - 1).toBe(n);
  });

  it("people, credentials, privacy requests and payments, with their filters", async () => {
    const people = await records(await get("/api/admin/exports/people.csv?role=ADMIN", admin.token));
    expect(people[0]).toBe("id,first_name,last_name,email,roles,two_step_sign_in,email_verified,disabled,erased,created_at,last_active_at");
    expect(people.slice(1).every((l) => l.includes(",ADMIN,"))).toBe(true);
    expect(people.slice(1).some((l) => l.startsWith(`${adminId},Staff,Member,`) && l.includes(",ADMIN,yes,"))).toBe(true);
    const [{ n: admins }] = await app.sql<{ n: number }>("select count(*)::int n from users where 'ADMIN' = any(roles)");
    expect(people.length - 1).toBe(admins);

    const person = await registerUser(app, { firstName: "Priya", lastName: "Shah" });
    await person.client.ok("mutation($input: PrivacyRequestCreateInput!) { privacyRequestCreate(input: $input) { errors { code } } }", { input: { kind: "ACCESS" } });
    const privacy = await records(await get("/api/admin/exports/privacy-requests.csv?kind=ACCESS&status=RECEIVED", admin.token));
    expect(privacy[0]).toBe("id,kind,status,requester,requester_email,received_at,due_at,completed_at,overdue,identity_check");
    expect(privacy.slice(1).some((l) => l.includes(`,ACCESS,RECEIVED,Priya Shah,${person.input.email},`) && l.endsWith(",no,STEP_UP_SIGN_IN"))).toBe(true);
    expect((await records(await get("/api/admin/exports/privacy-requests.csv?kind=DELETION", admin.token)))).toHaveLength(1);

    const creds = await records(await get("/api/admin/exports/credentials.csv", admin.token));
    expect(creds[0]).toBe("number,status,holder_type,holder,certification,valid_from,valid_until,awarded,status_changed_at");
    const [{ n: credentials }] = await app.sql<{ n: number }>("select count(*)::int n from credentials");
    expect(creds.length - 1).toBe(credentials);

    const payments = await records(await get("/api/admin/exports/payments.csv?status=PAID", admin.token));
    expect(payments[0]).toBe("invoice_number,status,method,amount,currency,payer,payer_email,card_brand,card_last4,processor_reference,paid_at,created_at,application_id");
    const [{ n: paid }] = await app.sql<{ n: number }>("select count(*)::int n from payments where status = 'PAID'");
    expect(payments.length - 1).toBe(paid);
  });
});
