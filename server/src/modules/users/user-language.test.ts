import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app";
import { PASSWORD, registerUser, signIn, uniqueEmail } from "../../test/factories";
import { createProgram } from "../../test/workflow";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const LANGUAGE_UPDATE = "mutation($l: Language!) { languageUpdate(language: $l) { user { id language } errors { code field message } } }";
type LanguageUpdate = { languageUpdate: { user: { id: string; language: string } | null; errors: { code: string }[] } };

async function mailsTo(email: string) {
  return (await app.deliverMail()).filter((m) => m.to === email);
}

describe("an account's language", () => {
  it("is stored from registration (ES) and defaults to EN", async () => {
    const es = await registerUser(app, { language: "ES" });
    const en = await registerUser(app);
    expect((await es.client.ok<{ viewer: { language: string } }>("{ viewer { language } }")).viewer.language).toBe("ES");
    expect((await en.client.ok<{ viewer: { language: string } }>("{ viewer { language } }")).viewer.language).toBe("EN");
    const rows = await app.sql<{ id: string; language: string }>("select id, language from users where id = any($1::uuid[]) order by language", [[es.user.id, en.user.id]]);
    expect(rows).toEqual([
      { id: en.user.id, language: "en" },
      { id: es.user.id, language: "es" },
    ]);
  });

  it("is changed by the signed-in person (audited); anonymous callers and bad values get clear errors", async () => {
    const { client, user } = await registerUser(app);
    const changed = await client.ok<LanguageUpdate>(LANGUAGE_UPDATE, { l: "ES" });
    expect(changed.languageUpdate).toEqual({ user: { id: user.id, language: "ES" }, errors: [] });
    const [audit] = await app.sql<{ metadata: unknown }>("select metadata from audit_events where action = 'user.language_updated' and target_id = $1", [user.id]);
    expect(audit.metadata).toEqual({ before: "en", after: "es" });

    const anon = await app.client().request(LANGUAGE_UPDATE, { l: "ES" });
    expect(anon.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");

    const bad = await client.request(LANGUAGE_UPDATE, { l: "FR" });
    expect(bad.data).toBeNull();
    expect(bad.errors?.[0].message).toMatch(/Language/);
    expect(bad.errors?.[0].message).toMatch(/FR/);
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const badRegister = await app.client().request("mutation($i: AuthRegisterInput!) { authRegister(input: $i) { accessToken } }", {
      i: { email: "x@example.org", password: PASSWORD, firstName: "A", lastName: "B", dateOfBirth: "1980-01-01", acceptedPolicyVersionIds: [], language: "fr" },
    });
    expect(badRegister.errors?.[0].message).toMatch(/Language/);
    expect((await client.ok<{ viewer: { language: string } }>("{ viewer { language } }")).viewer.language).toBe("ES");
  });
});

describe("e-mails in the account's language", () => {
  it("sends the verification e-mail in Spanish to a Spanish account and in English to an English one", async () => {
    const es = await registerUser(app, { language: "ES", firstName: "Lucía" });
    const en = await registerUser(app, { firstName: "Grace" });
    const mails = await app.deliverMail();
    const esMail = mails.find((m) => m.to === es.input.email)!;
    const enMail = mails.find((m) => m.to === en.input.email)!;
    expect(esMail.subject).toBe("Confirme su dirección de correo electrónico");
    expect(esMail.text).toContain("Hola, Lucía:");
    expect(esMail.text).toContain("/verify-email?token=");
    expect(esMail.html).toContain('<html lang="es">');
    expect(enMail.subject).toBe("Confirm your e-mail address");
    expect(enMail.text).toContain("Hello Grace,");
    expect(enMail.html).toContain('<html lang="en">');
  });

  it("sends the password reset in the language chosen after registering, and English again after switching back", async () => {
    const { client, input } = await registerUser(app);
    await mailsTo(input.email);
    await client.ok<LanguageUpdate>(LANGUAGE_UPDATE, { l: "ES" });
    await app.client().ok("mutation($e: String!) { authPasswordResetRequest(email: $e) { ok } }", { e: input.email });
    const [reset] = await mailsTo(input.email);
    expect(reset.subject).toBe("Restablezca su contraseña");
    expect(reset.text).toContain("Elegir una contraseña nueva: http");
    expect(reset.text).toContain("/reset-password?token=");

    await client.ok<LanguageUpdate>(LANGUAGE_UPDATE, { l: "EN" });
    await app.client().ok("mutation($e: String!) { authPasswordResetRequest(email: $e) { ok } }", { e: input.email });
    const [resetEn] = await mailsTo(input.email);
    expect(resetEn.subject).toBe("Reset your password");
    expect(resetEn.text).toContain("Choose a new password: http");
  });

  it("signs in and reads the language back for the SPA", async () => {
    const { input } = await registerUser(app, { language: "ES" });
    const client = app.client();
    await signIn(app, client, input.email);
    expect((await client.ok<{ viewer: { language: string } }>("{ viewer { language } }")).viewer.language).toBe("ES");
  });

  it("invites in the invitee's language when they have an account, else in the inviter's", async () => {
    const INVITE = "mutation($org: ID!, $input: OrganizationInviteInput!) { organizationInvite(organizationId: $org, input: $input) { errors { code } } }";
    const owner = await registerUser(app, { language: "ES" });
    const orgId = (await createProgram(owner.client, "Programa compartido")).organization.id;
    const english = await registerUser(app);
    const newcomer = uniqueEmail("newcomer");
    await app.deliverMail();
    for (const email of [newcomer, english.input.email]) {
      const r = await owner.client.ok<{ organizationInvite: { errors: unknown[] } }>(INVITE, { org: orgId, input: { email, role: "MEMBER" } });
      expect(r.organizationInvite.errors).toEqual([]);
    }
    const mails = await app.deliverMail();
    const toNewcomer = mails.find((m) => m.to === newcomer)!;
    expect(toNewcomer.subject).toMatch(/^Únase a .+ en CareCorePlus$/);
    expect(toNewcomer.text).toContain("Aceptar la invitación: http");
    expect(mails.find((m) => m.to === english.input.email)!.subject).toMatch(/^Join .+ on CareCorePlus$/);
  });
});
