import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app";
import { LOGIN, PASSWORD, registerUser, tokenFromMail, VIEWER } from "../../test/factories";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const VERIFY = "mutation($t: String!) { authVerifyEmail(token: $t) { ok errors { code field } } }";
const RESET_REQUEST = "mutation($e: String!) { authPasswordResetRequest(email: $e) { ok errors { code } } }";
const RESET = "mutation($i: AuthPasswordResetInput!) { authPasswordReset(input: $i) { ok errors { code field } } }";
const CHANGE = "mutation($i: AuthPasswordChangeInput!) { authPasswordChange(input: $i) { ok errors { code field } } }";
type Ok = { ok: boolean; errors: { code: string; field?: string[] | null }[] };

async function mailTo(email: string, subject: string) {
  const mails = await app.deliverMail();
  return mails.filter((m) => m.to === email && m.subject === subject).at(-1);
}

describe("e-mail verification", () => {
  it("confirms the address with the e-mailed single-use link", async () => {
    const { client, input } = await registerUser(app);
    const mail = await mailTo(input.email, "Confirm your e-mail address");
    expect(mail?.text).toContain("/verify-email?token=");
    const token = decodeURIComponent(tokenFromMail(mail!.text)!);
    const anon = app.client();
    expect((await anon.ok<{ authVerifyEmail: Ok }>(VERIFY, { t: token })).authVerifyEmail).toEqual({ ok: true, errors: [] });
    expect((await client.ok<{ viewer: { emailVerified: boolean } }>(VIEWER)).viewer.emailVerified).toBe(true);
    const again = await anon.ok<{ authVerifyEmail: Ok }>(VERIFY, { t: token });
    expect(again.authVerifyEmail.errors[0]).toMatchObject({ code: "TOKEN_INVALID", field: ["token"] });
    // Sent mail keeps no content in the outbox.
    const [row] = await app.sql<{ to_enc: string | null; content_enc: string | null; sent_at: Date }>("select to_enc, content_enc, sent_at from mail_outbox where id = $1", [mail!.id]);
    expect(row).toMatchObject({ to_enc: null, content_enc: null });
  });

  it("lets a signed-in person ask for a new link; the old one stops working; expired links fail", async () => {
    const { client, input } = await registerUser(app);
    const first = decodeURIComponent(tokenFromMail((await mailTo(input.email, "Confirm your e-mail address"))!.text)!);
    const resend = await client.ok<{ authResendVerification: Ok }>("mutation { authResendVerification { ok errors { code } } }");
    expect(resend.authResendVerification.ok).toBe(true);
    const second = decodeURIComponent(tokenFromMail((await mailTo(input.email, "Confirm your e-mail address"))!.text)!);
    expect(second).not.toBe(first);
    expect((await app.client().ok<{ authVerifyEmail: Ok }>(VERIFY, { t: first })).authVerifyEmail.errors[0].code).toBe("TOKEN_INVALID");
    app.clock.advance(49 * 3600_000);
    expect((await app.client().ok<{ authVerifyEmail: Ok }>(VERIFY, { t: second })).authVerifyEmail.errors[0].code).toBe("TOKEN_INVALID");
  });
});

describe("password reset", () => {
  it("answers the same for unknown addresses and sends nothing", async () => {
    const anon = app.client();
    const r = await anon.ok<{ authPasswordResetRequest: Ok }>(RESET_REQUEST, { e: "nobody.here@example.org" });
    expect(r.authPasswordResetRequest).toEqual({ ok: true, errors: [] });
    expect((await app.deliverMail()).filter((m) => m.to === "nobody.here@example.org")).toHaveLength(0);
  });

  it("resets with a single-use token, signs out every session, and the new password works", async () => {
    const { client, input } = await registerUser(app);
    const anon = app.client();
    await anon.ok(RESET_REQUEST, { e: input.email });
    const mail = await mailTo(input.email, "Reset your password");
    const token = decodeURIComponent(tokenFromMail(mail!.text)!);
    const weak = await anon.ok<{ authPasswordReset: Ok }>(RESET, { i: { token, newPassword: "short" } });
    expect(weak.authPasswordReset.errors[0]).toMatchObject({ code: "WEAK_PASSWORD", field: ["newPassword"] });
    const done = await anon.ok<{ authPasswordReset: Ok }>(RESET, { i: { token, newPassword: "a brand new passphrase" } });
    expect(done.authPasswordReset).toEqual({ ok: true, errors: [] });
    expect((await client.request(VIEWER)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const reuse = await anon.ok<{ authPasswordReset: Ok }>(RESET, { i: { token, newPassword: "another new passphrase" } });
    expect(reuse.authPasswordReset.errors[0].code).toBe("TOKEN_INVALID");
    const old = await anon.ok<{ authLogin: Ok }>(LOGIN, { input: { email: input.email, password: PASSWORD } });
    expect(old.authLogin.errors[0].code).toBe("INVALID_CREDENTIALS");
    const fresh = await anon.ok<{ authLogin: Ok }>(LOGIN, { input: { email: input.email, password: "a brand new passphrase" } });
    expect(fresh.authLogin.errors).toEqual([]);
    expect((await mailTo(input.email, "Your password was changed"))).toBeTruthy();
  });

  it("reset links expire after an hour", async () => {
    const { input } = await registerUser(app);
    await app.client().ok(RESET_REQUEST, { e: input.email });
    const token = decodeURIComponent(tokenFromMail((await mailTo(input.email, "Reset your password"))!.text)!);
    app.clock.advance(3600_000 + 1);
    const r = await app.client().ok<{ authPasswordReset: Ok }>(RESET, { i: { token, newPassword: "a brand new passphrase" } });
    expect(r.authPasswordReset.errors[0].code).toBe("TOKEN_INVALID");
  });
});

describe("password change", () => {
  it("needs the current password and signs out the other sessions only", async () => {
    const { client, input } = await registerUser(app);
    const other = app.client();
    other.token = ((await other.ok<{ authLogin: { accessToken: string } }>(LOGIN, { input: { email: input.email, password: PASSWORD } })).authLogin.accessToken);
    const wrong = await client.ok<{ authPasswordChange: Ok }>(CHANGE, { i: { currentPassword: "not my password", newPassword: "a fresh passphrase here" } });
    expect(wrong.authPasswordChange.errors[0]).toMatchObject({ code: "INVALID_CREDENTIALS", field: ["currentPassword"] });
    const ok = await client.ok<{ authPasswordChange: Ok }>(CHANGE, { i: { currentPassword: PASSWORD, newPassword: "a fresh passphrase here" } });
    expect(ok.authPasswordChange).toEqual({ ok: true, errors: [] });
    expect((await client.ok<{ viewer: { id: string } }>(VIEWER)).viewer.id).toBeTruthy();
    expect((await other.request(VIEWER)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("profileUpdate", () => {
  const UPDATE = "mutation($i: ProfileUpdateInput!) { profileUpdate(input: $i) { user { firstName lastName phone organizationName } errors { code field } } }";

  it("[POL-RIGHT-CORRECT] edits name, phone and organization, encrypted, with an audit event naming only the fields", async () => {
    const { client, user } = await registerUser(app);
    const r = await client.ok<{ profileUpdate: { user: Record<string, string | null>; errors: unknown[] } }>(UPDATE, {
      i: { firstName: "Ngozi", lastName: "Okafor", phone: "", organizationName: "Riverside Care" },
    });
    expect(r.profileUpdate).toEqual({ user: { firstName: "Ngozi", lastName: "Okafor", phone: null, organizationName: "Riverside Care" }, errors: [] });
    const [row] = await app.sql<Record<string, string | null>>("select first_name_enc, phone_enc from users where id = $1", [user.id]);
    expect(row.first_name_enc).toMatch(/^v1\./);
    expect(row.phone_enc).toBeNull();
    const [audit] = await app.sql<{ metadata: unknown }>("select metadata from audit_events where action = 'user.profile_updated' and target_id = $1", [user.id]);
    expect(audit.metadata).toEqual({ fields: ["firstName", "phone", "organizationName"] });
  });

  it("returns field errors and changes nothing on bad input", async () => {
    const { client } = await registerUser(app, { firstName: "Kept" });
    const r = await client.ok<{ profileUpdate: { user: null; errors: { code: string; field: string[] }[] } }>(UPDATE, { i: { firstName: "x".repeat(101), lastName: "Okafor" } });
    expect(r.profileUpdate.errors).toEqual([{ code: "INVALID", field: ["firstName"] }]);
    expect((await client.ok<{ viewer: { firstName: string } }>(VIEWER)).viewer.firstName).toBe("Kept");
  });
});
