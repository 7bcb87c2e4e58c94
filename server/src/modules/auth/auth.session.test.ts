import jwt from "jsonwebtoken";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app";
import { LOGIN, PASSWORD, registerUser, uniqueEmail, VIEWER, signedInStaff } from "../../test/factories";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

type LoginPayload = { authLogin: { accessToken: string | null; errors: { code: string; message: string }[] } };
const REFRESH = "mutation { authRefresh { accessToken errors { code } } }";
const LOGOUT = "mutation { authLogout { ok } }";

describe("authLogin", () => {
  it("signs in with the right password and updates last activity", async () => {
    const { input, user } = await registerUser(app);
    app.clock.advance(60_000);
    const client = app.client();
    const r = await client.ok<LoginPayload>(LOGIN, { input: { email: `  ${input.email.toUpperCase()} `, password: PASSWORD } });
    expect(r.authLogin.errors).toEqual([]);
    const claims = jwt.decode(r.authLogin.accessToken!) as Record<string, unknown>;
    expect(Object.keys(claims).sort()).toEqual(["aud", "auth_time", "exp", "iat", "iss", "roles", "sid", "sub", "typ"]);
    expect(claims.sub).toBe(user.id);
    expect((claims.exp as number) - (claims.iat as number)).toBe(900);
    expect(JSON.stringify(claims)).not.toContain(input.email);
    const [row] = await app.sql<{ last_active_at: Date }>("select last_active_at from users where id = $1", [user.id]);
    expect(row.last_active_at.toISOString()).toBe(app.clock.now().toISOString());
  });

  it("does not tell whether an account exists (same code and message)", async () => {
    const { input } = await registerUser(app);
    const client = app.client();
    const wrong = await client.ok<LoginPayload>(LOGIN, { input: { email: input.email, password: "wrong password 123" } });
    const unknown = await client.ok<LoginPayload>(LOGIN, { input: { email: uniqueEmail("nobody"), password: "wrong password 123" } });
    expect(wrong.authLogin.errors).toEqual(unknown.authLogin.errors);
    expect(wrong.authLogin.errors[0].code).toBe("INVALID_CREDENTIALS");
    expect(client.cookies.size).toBe(0);
  });

  it("limits attempts per account and network, then lets the person in after the window", async () => {
    const { input } = await registerUser(app);
    const client = app.client();
    for (let i = 0; i < 10; i++) {
      const r = await client.ok<LoginPayload>(LOGIN, { input: { email: input.email, password: `wrong password ${i}xx` } });
      expect(r.authLogin.errors[0].code).toBe("INVALID_CREDENTIALS");
    }
    const blocked = await client.ok<LoginPayload>(LOGIN, { input: { email: input.email, password: PASSWORD } });
    expect(blocked.authLogin.errors[0].code).toBe("RATE_LIMITED");
    app.clock.advance(15 * 60_000 + 1000);
    const after = await client.ok<LoginPayload>(LOGIN, { input: { email: input.email, password: PASSWORD } });
    expect(after.authLogin.errors).toEqual([]);
    const keys = await app.sql<{ key: string }>("select key from rate_limit_counters");
    expect(JSON.stringify(keys)).not.toContain(input.email);
  });
});

describe("sessions", () => {
  it("rotates the refresh token, and replaying a rotated one revokes the whole session", async () => {
    const { client } = await registerUser(app);
    const first = client.cookies.get("__Host-ccp_rt")!;
    const r1 = await client.ok<{ authRefresh: { accessToken: string } }>(REFRESH);
    expect(r1.authRefresh.accessToken).toMatch(/^ey/);
    const second = client.cookies.get("__Host-ccp_rt")!;
    expect(second).not.toBe(first);

    const attacker = app.client();
    attacker.cookies.set("__Host-ccp_rt", first);
    const replay = await attacker.ok<{ authRefresh: { accessToken: string | null; errors: { code: string }[] } }>(REFRESH);
    expect(replay.authRefresh.errors[0].code).toBe("SESSION_EXPIRED");

    // The legitimate holder's newer token and access token are dead too.
    const victim = await client.ok<{ authRefresh: { accessToken: string | null; errors: { code: string }[] } }>(REFRESH);
    expect(victim.authRefresh.errors[0].code).toBe("SESSION_EXPIRED");
    client.token = r1.authRefresh.accessToken;
    const v = await client.request(VIEWER);
    expect(v.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const audit = await app.sql("select metadata from audit_events where action = 'session.revoked' and metadata->>'reason' = 'REFRESH_REUSE'");
    expect(audit).toHaveLength(1);
  });

  it("logout takes effect on the next request for access and refresh tokens", async () => {
    const { client } = await registerUser(app);
    const token = client.token;
    const refresh = client.cookies.get("__Host-ccp_rt")!;
    expect((await client.ok<{ authLogout: { ok: boolean } }>(LOGOUT)).authLogout.ok).toBe(true);
    expect(client.cookies.has("__Host-ccp_rt")).toBe(false);
    const again = app.client();
    const v = await again.request(VIEWER, {}, { token });
    expect(v.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    again.cookies.set("__Host-ccp_rt", refresh);
    const r = await again.ok<{ authRefresh: { errors: { code: string }[] } }>(REFRESH);
    expect(r.authRefresh.errors[0].code).toBe("SESSION_EXPIRED");
  });

  it("access tokens expire after 15 minutes; refresh gives a new one", async () => {
    const { client } = await registerUser(app);
    app.clock.advance(15 * 60_000 + 1000);
    expect((await client.request(VIEWER)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const r = await client.ok<{ authRefresh: { accessToken: string } }>(REFRESH);
    client.token = r.authRefresh.accessToken;
    expect((await client.ok<{ viewer: { id: string } }>(VIEWER)).viewer.id).toBeTruthy();
  });

  it("rejects forged and malformed bearer tokens as UNAUTHENTICATED", async () => {
    const { client, user } = await registerUser(app);
    const claims = jwt.decode(client.token!) as Record<string, unknown>;
    const unsigned = `${Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.`;
    const wrongKey = jwt.sign({ ...claims }, "another secret that is long enough", { algorithm: "HS256" });
    const flipped = client.token!.slice(0, -2) + (client.token!.endsWith("A") ? "BB" : "AA");
    // The rest of the SECURITY.md forged-token matrix: right key, wrong everything else.
    const { iat: _iat, exp: _exp, iss: _iss, aud: _aud, ...base } = claims;
    const now = Math.floor(app.clock.now().getTime() / 1000);
    const key = app.config.jwtSecret;
    const good = { issuer: app.config.jwtIssuer, audience: app.config.jwtAudience };
    const forged: Record<string, string> = {
      "alg none": unsigned,
      "wrong key": wrongKey,
      "flipped signature": flipped,
      malformed: "not.a.jwt",
      "refresh token as access token": client.cookies.get("__Host-ccp_rt")!,
      "wrong audience": jwt.sign({ ...base, iat: now }, key, { algorithm: "HS256", expiresIn: 600, issuer: good.issuer, audience: "someone-else" }),
      "wrong issuer": jwt.sign({ ...base, iat: now }, key, { algorithm: "HS256", expiresIn: 600, issuer: "evil", audience: good.audience }),
      expired: jwt.sign({ ...base, iat: now - 3600, exp: now - 60 }, key, { algorithm: "HS256", ...good }),
      "not yet valid (nbf)": jwt.sign({ ...base, iat: now, nbf: now + 3600 }, key, { algorithm: "HS256", expiresIn: 7200, ...good }),
      "algorithm off the allow-list (HS512)": jwt.sign({ ...base, iat: now }, key, { algorithm: "HS512", expiresIn: 600, ...good }),
      "not an access token (typ)": jwt.sign({ ...base, typ: "refresh", iat: now }, key, { algorithm: "HS256", expiresIn: 600, ...good }),
      "session that does not exist": jwt.sign({ ...base, sid: "00000000-0000-4000-8000-000000000000", iat: now }, key, { algorithm: "HS256", expiresIn: 600, ...good }),
    };
    // The control: the same recipe with the right claims is accepted, so each case fails for its own reason.
    const control = jwt.sign({ ...base, iat: now }, key, { algorithm: "HS256", expiresIn: 600, ...good });
    expect((await app.client().request<{ viewer: { id: string } }>(VIEWER, {}, { token: control })).data?.viewer.id).toBe(user.id);
    for (const [name, token] of Object.entries(forged)) {
      const r = await app.client().request(VIEWER, {}, { token });
      expect(r.errors?.[0].extensions?.code, name).toBe("UNAUTHENTICATED");
    }
    const v = await client.ok<{ viewer: { id: string } }>(VIEWER);
    expect(v.viewer.id).toBe(user.id);
  });

  it("viewer is null without a token, and anonymous callers cannot use signed-in operations", async () => {
    const client = app.client();
    expect((await client.ok<{ viewer: null }>(VIEWER)).viewer).toBeNull();
    const r = await client.request('mutation { profileUpdate(input: { firstName: "A", lastName: "B" }) { errors { code } } }');
    expect(r.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("account disable [POL-SEC-RBAC]", () => {
  it("POL-SEC-RBAC: an admin disables an account with a reason code; it is signed out everywhere on the next request and cannot sign in until enabled again", async () => {
    const { client: admin, user: a } = await signedInStaff(app, "ADMIN");
    const { client, user, input } = await registerUser(app);
    const SET = "mutation($id: ID!, $d: Boolean!, $r: UserDisableReason) { userDisabledSet(id: $id, disabled: $d, reason: $r) { user { id disabled } errors { code } } }";
    type R = { userDisabledSet: { user: { disabled: boolean } | null; errors: { code: string }[] } };
    expect((await admin.ok<R>(SET, { id: user.id, d: true })).userDisabledSet.errors[0].code).toBe("REASON_REQUIRED");
    expect((await admin.ok<R>(SET, { id: a.id, d: true, r: "OTHER" })).userDisabledSet.errors[0].code).toBe("CANNOT_DISABLE_SELF");
    expect((await admin.ok<R>(SET, { id: user.id, d: true, r: "FRAUD" })).userDisabledSet.user?.disabled).toBe(true);
    expect((await admin.ok<R>(SET, { id: user.id, d: true, r: "FRAUD" })).userDisabledSet.errors[0].code).toBe("ALREADY_DISABLED");

    // The very next request with the old access token, and the refresh cookie, fail.
    expect((await client.request("{ myPrivacyRequests { id } }")).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect((await client.ok<{ authRefresh: { accessToken: string | null } }>(REFRESH)).authRefresh.accessToken).toBeNull();
    const login = await app.client().ok<{ authLogin: { errors: { code: string }[] } }>(LOGIN, { input: { email: input.email, password: PASSWORD } });
    expect(login.authLogin.errors[0].code).toBe("INVALID_CREDENTIALS");
    const [audit] = await app.sql<{ metadata: { reason: string; sessionsRevoked: number } }>("select metadata from audit_events where action = 'user.disabled' and target_id = $1", [user.id]);
    expect(audit.metadata).toMatchObject({ reason: "FRAUD" });
    expect(audit.metadata.sessionsRevoked).toBeGreaterThan(0);

    expect((await admin.ok<R>(SET, { id: user.id, d: false })).userDisabledSet.user?.disabled).toBe(false);
    const again = await app.client().ok<{ authLogin: { accessToken: string | null } }>(LOGIN, { input: { email: input.email, password: PASSWORD } });
    expect(again.authLogin.accessToken).toBeTruthy();
  });
});
