import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app";
import { currentPolicyIds, REGISTER, registerInput, registerUser, uniqueEmail, VIEWER } from "../../test/factories";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ now: "2026-06-15T12:00:00.000Z" });
});
afterAll(() => app?.close());

type Payload = { authRegister: { accessToken: string | null; errors: { code: string; field: string[] | null }[]; user: { id: string } | null } };

async function countRows(): Promise<Record<string, number>> {
  const tables = ["users", "sessions", "refresh_tokens", "consent_records", "user_tokens", "mail_outbox", "audit_events"];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = Number((await app.sql<{ n: string }>(`select count(*) n from ${t}`))[0].n);
  return out;
}

describe("authRegister", () => {
  it("[POL-COLLECT-ACCOUNT] creates the account, signs in, records consent, audit and a verification e-mail", async () => {
    const client = app.client();
    const input = await registerInput(client, { email: uniqueEmail("amara") });
    const r = await client.ok<Payload>(REGISTER, { input });
    expect(r.authRegister.errors).toEqual([]);
    expect(r.authRegister.accessToken).toMatch(/^ey/);
    const id = r.authRegister.user!.id;
    expect(client.cookies.get("__Host-ccp_rt")).toBeTruthy();

    client.token = r.authRegister.accessToken;
    const v = await client.ok<{ viewer: Record<string, unknown> }>(VIEWER);
    expect(v.viewer).toMatchObject({ id, email: input.email, firstName: "Amara", phone: "+1 555 0100", organizationName: "Sunrise Home Care", dateOfBirth: "1988-04-12", roles: ["APPLICANT"], emailVerified: false, pendingPolicyVersions: [] });

    const consents = await app.sql("select purpose, action, method, policy_version_id from consent_records where user_id = $1", [id]);
    expect(consents).toEqual([{ purpose: "PRIVACY_POLICY", action: "ACCEPT", method: "REGISTRATION", policy_version_id: input.acceptedPolicyVersionIds[0] }]);
    const audit = await app.sql<{ action: string }>("select action from audit_events where target_id = $1 order by id", [id]);
    expect(audit.map((a) => a.action)).toContain("user.registered");
    const mails = await app.deliverMail();
    expect(mails.find((m) => m.to === input.email)?.subject).toBe("Confirm your e-mail address");
  });

  it("[POL-SEC-REST] stores personal fields only as encryption envelopes (raw SQL)", async () => {
    const { user, input } = await registerUser(app, { firstName: "Zebulon", lastName: "Quixley", phone: "+1 555 0199", organizationName: "Canary Care Co" });
    const [row] = await app.sql<Record<string, string>>("select * from users where id = $1", [user.id]);
    for (const col of ["email_enc", "first_name_enc", "last_name_enc", "phone_enc", "date_of_birth_enc", "organization_name_enc"]) {
      expect(row[col]).toMatch(/^v1\.t1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    }
    const raw = JSON.stringify(row);
    for (const secret of [input.email, "Zebulon", "Quixley", "555 0199", "Canary Care", "1988-04-12"]) expect(raw).not.toContain(secret);
    expect(row.email_index).toMatch(/^[0-9a-f]{64}$/);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const sessions = JSON.stringify(await app.sql("select * from sessions where user_id = $1", [user.id]));
    expect(sessions).not.toContain("127.0.0.1");
  });

  it("[POL-CHILD-18] refuses under-18s and stores nothing of the attempt", async () => {
    const client = app.client();
    const before = await countRows();
    // Clock: 2026-06-15. Born 2008-06-16 turns 18 tomorrow.
    const r = await client.ok<Payload>(REGISTER, { input: await registerInput(client, { dateOfBirth: "2008-06-16" }) });
    expect(r.authRegister.errors).toEqual([expect.objectContaining({ code: "UNDERAGE", field: ["dateOfBirth"] })]);
    expect(r.authRegister.accessToken).toBeNull();
    expect(await countRows()).toEqual(before);
    expect(client.cookies.size).toBe(0);
  });

  it("[POL-CHILD-18] accepts an 18th birthday today, judged in the applicant's time zone", async () => {
    const client = app.client();
    const today = await client.ok<Payload>(REGISTER, { input: await registerInput(client, { dateOfBirth: "2008-06-15" }) });
    expect(today.authRegister.errors).toEqual([]);
    // 12:00 UTC on 15 June is already 16 June in Kiritimati (UTC+14): someone born 2008-06-16 is 18 there.
    const kiribati = await client.ok<Payload>(REGISTER, { input: await registerInput(client, { dateOfBirth: "2008-06-16", timeZone: "Pacific/Kiritimati" }) });
    expect(kiribati.authRegister.errors).toEqual([]);
    const honolulu = await client.ok<Payload>(REGISTER, { input: await registerInput(client, { dateOfBirth: "2008-06-15", timeZone: "Pacific/Honolulu" }) });
    expect(honolulu.authRegister.errors).toEqual([]);
    app.clock.set("2026-06-15T05:00:00.000Z"); // still 14 June in Honolulu (UTC-10)
    const early = await client.ok<Payload>(REGISTER, { input: await registerInput(client, { dateOfBirth: "2008-06-15", timeZone: "Pacific/Honolulu" }) });
    expect(early.authRegister.errors.map((e) => e.code)).toEqual(["UNDERAGE"]);
    app.clock.set("2026-06-15T12:00:00.000Z");
  });

  it("returns typed errors for a taken e-mail, a weak password, missing policy acceptance and invalid fields", async () => {
    const { input: taken } = await registerUser(app);
    const client = app.client();
    const codes = async (o: Parameters<typeof registerInput>[1]) =>
      (await client.ok<Payload>(REGISTER, { input: await registerInput(client, o) })).authRegister.errors.map((e) => [e.code, e.field?.join(".")]);

    expect(await codes({ email: taken.email.toUpperCase() })).toEqual([["EMAIL_TAKEN", "email"]]);
    expect(await codes({ password: "tooshort" })).toEqual([["WEAK_PASSWORD", "password"]]);
    expect(await codes({ password: "qwerty123456" })).toEqual([["WEAK_PASSWORD", "password"]]);
    expect(await codes({ acceptedPolicyVersionIds: [] })).toEqual([["POLICY_NOT_ACCEPTED", "acceptedPolicyVersionIds"]]);
    expect(await codes({ email: "not-an-email" })).toEqual([["INVALID", "email"]]);
    expect(await codes({ dateOfBirth: "2001-02-30" })).toEqual([["INVALID", "dateOfBirth"]]);
    expect(await codes({ firstName: " ", phone: "call me" })).toEqual([
      ["INVALID", "firstName"],
      ["INVALID", "phone"],
    ]);
    expect(await codes({ timeZone: "Nowhere/Land" })).toEqual([["INVALID", "timeZone"]]);
  });

  it("rejects malformed GraphQL input with BAD_USER_INPUT and no stack trace", async () => {
    const client = app.client();
    const r = await client.request(REGISTER, { input: { email: 42 } });
    expect(r.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|at .*\.ts/);
  });

  it("shows the published privacy policy as version 1 (public)", async () => {
    const client = app.client();
    const d = await client.ok<{ currentPolicyVersions: { kind: string; version: number; title: string; body: string; effectiveAt: string }[] }>(
      "{ currentPolicyVersions { kind version title body effectiveAt } }",
    );
    expect(d.currentPolicyVersions).toHaveLength(1);
    expect(d.currentPolicyVersions[0]).toMatchObject({ kind: "PRIVACY_POLICY", version: 1, title: "Privacy Policy", effectiveAt: "2025-01-01T00:00:00.000Z" });
    expect(d.currentPolicyVersions[0].body).toContain("Last Updated: January 2025");
    expect(await currentPolicyIds(client)).toHaveLength(1);
  });
});
