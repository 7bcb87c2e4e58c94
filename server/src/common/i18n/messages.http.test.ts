import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app";
import { LOGIN, registerUser } from "../../test/factories";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

type Login = { authLogin: { accessToken: string | null; errors: { code: string; message: string }[] } };

describe("messages in the language the caller asks for (Accept-Language)", () => {
  it("answers a typed payload error in Spanish to a Spanish caller and in English otherwise", async () => {
    const { input } = await registerUser(app);
    const wrong = { email: input.email, password: "not the password at all" };
    const es = await app.client().request<Login>(LOGIN, { input: wrong }, { headers: { "accept-language": "es" } });
    expect(es.data?.authLogin.errors[0]).toMatchObject({ code: "INVALID_CREDENTIALS", message: "El correo electrónico o la contraseña no son correctos." });
    const en = await app.client().request<Login>(LOGIN, { input: wrong });
    expect(en.data?.authLogin.errors[0]?.message).toBe("The e-mail address or password is not right.");
    // A browser's own preference list works too; English wins when it is preferred.
    const browser = await app.client().request<Login>(LOGIN, { input: wrong }, { headers: { "accept-language": "es-US,es;q=0.9,en;q=0.8" } });
    expect(browser.data?.authLogin.errors[0]?.message).toBe("El correo electrónico o la contraseña no son correctos.");
    const english = await app.client().request<Login>(LOGIN, { input: wrong }, { headers: { "accept-language": "en-US,en;q=0.9,es;q=0.8" } });
    expect(english.data?.authLogin.errors[0]?.message).toBe("The e-mail address or password is not right.");
    // The code stays the same in every language: programs branch on it.
    expect(es.data?.authLogin.errors[0]?.code).toBe(en.data?.authLogin.errors[0]?.code);
  });

  it("answers the JSON errors of the REST endpoints in Spanish too", async () => {
    const res = await fetch(`${app.url}/api/applications/00000000-0000-4000-8000-000000000000/evidence`, { method: "POST", headers: { "accept-language": "es", "content-type": "application/pdf" }, body: "%PDF-" });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: "UNAUTHENTICATED", message: "Inicie sesión para subir documentos." });
  });

  it("reads a notification in the language of the request, and e-mails it in the account's language", async () => {
    const { client, input } = await registerUser(app, { language: "ES" });
    const made = await client.ok<{ privacyRequestCreate: { errors: unknown[] } }>('mutation { privacyRequestCreate(input: { kind: ACCESS, details: "A copy of my data, please." }) { errors { code } } }');
    expect(made.privacyRequestCreate.errors).toEqual([]);
    const LIST = "{ notifications(first: 5) { edges { node { kind title body } } } }";
    type List = { notifications: { edges: { node: { kind: string; title: string; body: string } }[] } };
    const es = await client.request<List>(LIST, undefined, { headers: { "accept-language": "es" } });
    const received = es.data?.notifications.edges.find((e) => e.node.kind === "privacy.received")?.node;
    expect(received?.title).toBe("Recibimos su solicitud de privacidad");
    expect(received?.body).toMatch(/^Le responderemos a más tardar el \d{1,2} de [a-z]+ de \d{4}\.$/);
    const en = await client.request<List>(LIST);
    expect(en.data?.notifications.edges.find((e) => e.node.kind === "privacy.received")?.node.title).toBe("We received your privacy request");
    const mail = (await app.deliverMail()).filter((m) => m.to === input.email).find((m) => m.subject === "Recibimos su solicitud de privacidad");
    expect(mail?.text).toContain("Le responderemos a más tardar el");
  });
});
