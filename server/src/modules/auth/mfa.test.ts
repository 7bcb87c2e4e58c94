import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app";
import { createUser, LOGIN, PASSWORD, registerUser, signIn, signedInStaff } from "../../test/factories";
import { totpFor } from "./totp";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const BEGIN = "mutation { mfaTotpBegin { secret otpauthUrl errors { code } } }";
const CONFIRM = "mutation($c: String!) { mfaTotpConfirm(code: $c) { recoveryCodes user { mfaEnabled recoveryCodesRemaining } errors { code field } } }";
const USERS = "{ users(first: 10) { totalCount edges { node { id email roles } } } }";
type LoginP = { authLogin: { accessToken: string | null; errors: { code: string }[] } };

async function enrol(client: ReturnType<TestApp["client"]>) {
  const b = await client.ok<{ mfaTotpBegin: { secret: string; otpauthUrl: string } }>(BEGIN);
  expect(b.mfaTotpBegin.otpauthUrl).toMatch(/^otpauth:\/\/totp\/CareCorePlus:.*secret=/);
  const code = totpFor(b.mfaTotpBegin.secret).generate({ timestamp: app.clock.now().getTime() });
  const c = await client.ok<{ mfaTotpConfirm: { recoveryCodes: string[]; user: { mfaEnabled: boolean; recoveryCodesRemaining: number } } }>(CONFIRM, { c: code });
  return { secret: b.mfaTotpBegin.secret, recoveryCodes: c.mfaTotpConfirm.recoveryCodes, user: c.mfaTotpConfirm.user };
}

describe("TOTP enrolment and sign-in", () => {
  it("[POL-SEC-MFA] enrols with a code, stores the secret encrypted, and then requires a second factor", async () => {
    const { client, input, user } = await registerUser(app);
    const wrong = await client.ok<{ mfaTotpConfirm: { errors: { code: string }[] } }>(CONFIRM, { c: "000000" });
    expect(wrong.mfaTotpConfirm.errors[0].code).toBe("MFA_NOT_STARTED");
    const { secret, recoveryCodes, user: after } = await enrol(client);
    expect(after).toEqual({ mfaEnabled: true, recoveryCodesRemaining: 10 });
    expect(recoveryCodes).toHaveLength(10);
    const [row] = await app.sql<{ totp_secret_enc: string; recovery_code_hashes: string[] }>("select totp_secret_enc, recovery_code_hashes from users where id = $1", [user.id]);
    expect(row.totp_secret_enc).toMatch(/^v1\./);
    expect(row.totp_secret_enc).not.toContain(secret);
    expect(JSON.stringify(row.recovery_code_hashes)).not.toContain(recoveryCodes[0]);

    const anon = app.client();
    const noCode = await anon.ok<LoginP>(LOGIN, { input: { email: input.email, password: PASSWORD } });
    expect(noCode.authLogin).toMatchObject({ accessToken: null, errors: [{ code: "MFA_REQUIRED" }] });
    const bad = await anon.ok<LoginP>(LOGIN, { input: { email: input.email, password: PASSWORD, totpCode: "123456" } });
    expect(bad.authLogin.errors[0].code).toBe("MFA_INVALID");
    app.clock.advance(30_000);
    const code = totpFor(secret).generate({ timestamp: app.clock.now().getTime() });
    const good = await anon.ok<LoginP>(LOGIN, { input: { email: input.email, password: PASSWORD, totpCode: code } });
    expect(good.authLogin.errors).toEqual([]);
    // The same step cannot be used twice.
    const replay = await app.client().ok<LoginP>(LOGIN, { input: { email: input.email, password: PASSWORD, totpCode: code } });
    expect(replay.authLogin.errors[0].code).toBe("MFA_INVALID");
  });

  it("[POL-SEC-MFA] recovery codes work once each", async () => {
    const { client, input } = await registerUser(app);
    const { recoveryCodes } = await enrol(client);
    const anon = app.client();
    const first = await anon.ok<LoginP>(LOGIN, { input: { email: input.email, password: PASSWORD, recoveryCode: recoveryCodes[3].toUpperCase() } });
    expect(first.authLogin.errors).toEqual([]);
    const again = await anon.ok<LoginP>(LOGIN, { input: { email: input.email, password: PASSWORD, recoveryCode: recoveryCodes[3] } });
    expect(again.authLogin.errors[0].code).toBe("MFA_INVALID");
    anon.token = first.authLogin.accessToken;
    const v = await anon.ok<{ viewer: { recoveryCodesRemaining: number } }>("{ viewer { recoveryCodesRemaining } }");
    expect(v.viewer.recoveryCodesRemaining).toBe(9);
  });

  it("[POL-SEC-MFA] changing an existing set-up needs a recent sign-in (step-up)", async () => {
    const { client } = await registerUser(app);
    await enrol(client);
    app.clock.advance(11 * 60_000);
    const late = await client.request<{ mfaTotpBegin: { errors: { code: string }[] } }>(BEGIN);
    // the 15-minute access token is still valid, but the sign-in is older than 10 minutes
    expect(late.data?.mfaTotpBegin.errors[0].code).toBe("STEP_UP_REQUIRED");
  });
});

describe("staff must use MFA (POL-SEC-MFA, POL-SEC-RBAC)", () => {
  it("[POL-SEC-MFA] an admin without MFA can sign in but gets FORBIDDEN except for MFA enrolment, viewer and logout", async () => {
    const admin = await createUser(app, { role: "ADMIN" });
    const client = app.client();
    await signIn(app, client, admin.email);
    const users = await client.request(USERS);
    expect(users.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(users.errors?.[0].message).toMatch(/MFA/);
    const profile = await client.request('mutation { profileUpdate(input: { firstName: "A", lastName: "B" }) { errors { code } } }');
    expect(profile.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await client.ok<{ viewer: { roles: string[] } }>("{ viewer { roles mfaEnabled } }")).viewer.roles).toEqual(["ADMIN"]);
    await enrol(client);
    const now = await client.ok<{ users: { totalCount: number } }>(USERS);
    expect(now.users.totalCount).toBeGreaterThan(0);
  });

  it("[POL-SEC-RBAC] applicants cannot list users; a role change takes effect on the next request", async () => {
    const { client, user } = await registerUser(app);
    expect((await client.request(USERS)).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const { client: adminClient, user: admin } = await signedInStaff(app, "ADMIN");
    const ROLES = "mutation($id: ID!, $r: [Role!]!) { userRolesUpdate(id: $id, input: { roles: $r }) { user { roles } errors { code } } }";
    const up = await adminClient.ok<{ userRolesUpdate: { user: { roles: string[] } } }>(ROLES, { id: user.id, r: ["APPLICANT", "REVIEWER"] });
    expect(up.userRolesUpdate.user.roles).toEqual(["APPLICANT", "REVIEWER"]);
    // Same access token: now staff without MFA -> FORBIDDEN with the MFA message.
    const r = await client.request('mutation { profileUpdate(input: { firstName: "A", lastName: "B" }) { errors { code } } }');
    expect(r.errors?.[0].message).toMatch(/MFA/);
    const filtered = await adminClient.ok<{ users: { totalCount: number; edges: { node: { id: string } }[] } }>(
      "query($e: String) { users(first: 5, filter: { email: $e }) { totalCount edges { node { id } } } }",
      { e: admin.email.toUpperCase() },
    );
    expect(filtered.users.edges.map((e) => e.node.id)).toEqual([admin.id]);
    const tooMany = await adminClient.request("{ users(first: 101) { totalCount } }");
    expect(tooMany.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
