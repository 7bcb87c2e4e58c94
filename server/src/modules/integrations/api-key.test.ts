import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, registerUser, signIn } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";
import { createSubmittedAccreditation, decide } from "../../test/workflow";

let app: TestApp;
let admin: GraphQLTestClient;
beforeAll(async () => {
  app = await createTestApp();
  const a = await createUser(app, { role: "ADMIN", mfa: true });
  admin = app.client();
  await signIn(app, admin, a.email, a.secret);
});
afterAll(() => app?.close());

const CREATE = "mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { apiKey { id name prefix scopes } secret errors { code field } } }";
const VERIFY = "query($n: String!) { credentialVerify(number: $n) { status credential { number } } }";

describe("integrator API keys [POL-SHARE-VERIFY]", () => {
  it("an admin issues a key shown once (stored hashed); verifications with it appear in the holder's log", async () => {
    const r = await admin.ok<{ apiKeyCreate: { apiKey: { id: string; prefix: string; scopes: string[] }; secret: string } }>(CREATE, { input: { name: "Sunrise Home Care HR", scopes: ["CREDENTIALS_VERIFY"] } });
    const secret = r.apiKeyCreate.secret;
    expect(secret).toMatch(/^ccp_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(r.apiKeyCreate.apiKey.prefix)).toBe(true);
    const raw = JSON.stringify(await app.sql("select * from api_keys"));
    expect(raw).not.toContain(secret);

    const { client } = await registerUser(app);
    const { applicationId } = await createSubmittedAccreditation(client);
    const number = (await decide(admin, applicationId, "APPROVE")).application!.credential!.number;
    const integrator = app.client();
    const v = await integrator.request<{ credentialVerify: { status: string } }>(VERIFY, { n: number }, { token: secret });
    expect(v.data?.credentialVerify.status).toBe("VALID");
    const anonymous = await app.client().request(VERIFY, { n: number });
    expect(anonymous.errors).toBeUndefined();

    const cred = await client.ok<{ credentials: { edges: { node: { id: string } }[] } }>("{ credentials { edges { node { id } } } }");
    const log = await client.ok<{ credentialVerifications: { verifierName: string; result: string }[] }>("query($id: ID!) { credentialVerifications(credentialId: $id) { verifierName result at } }", {
      id: cred.credentials.edges[0].node.id,
    });
    expect(log.credentialVerifications).toEqual([{ verifierName: "Sunrise Home Care HR", result: "VALID", at: expect.any(String) }]);
    const stranger = await registerUser(app);
    expect((await stranger.client.ok<{ credentialVerifications: null }>("query($id: ID!) { credentialVerifications(credentialId: $id) { at } }", { id: cred.credentials.edges[0].node.id })).credentialVerifications).toBeNull();

    // A key cannot act as a person, and a revoked key stops working at once.
    const asPerson = await integrator.request("{ credentials { totalCount } }", {}, { token: secret });
    expect(asPerson.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    await admin.ok("mutation($id: ID!) { apiKeyRevoke(id: $id) { apiKey { revokedAt } } }", { id: r.apiKeyCreate.apiKey.id });
    const revoked = await integrator.request(VERIFY, { n: number }, { token: secret });
    expect(revoked.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("a key without the verify scope is refused; each key has its own rate limit", async () => {
    const readOnly = await admin.ok<{ apiKeyCreate: { secret: string } }>(CREATE, { input: { name: "Reader", scopes: ["CREDENTIALS_READ"] } });
    const r = await app.client().request(VERIFY, { n: "CCP-2026-AAAA-BBBB" }, { token: readOnly.apiKeyCreate.secret });
    expect(r.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const limited = await admin.ok<{ apiKeyCreate: { secret: string } }>(CREATE, { input: { name: "Tiny", scopes: ["CREDENTIALS_VERIFY"], rateLimitPerMinute: 2 } });
    const c = app.client();
    for (let i = 0; i < 2; i++) expect((await c.request(VERIFY, { n: "CCP-2026-AAAA-BBBB" }, { token: limited.apiKeyCreate.secret })).errors).toBeUndefined();
    const third = await c.request(VERIFY, { n: "CCP-2026-AAAA-BBBB" }, { token: limited.apiKeyCreate.secret });
    expect(third.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    app.clock.advance(61_000);
    expect((await c.request(VERIFY, { n: "CCP-2026-AAAA-BBBB" }, { token: limited.apiKeyCreate.secret })).errors).toBeUndefined();
    const bad = await admin.ok<{ apiKeyCreate: { errors: { code: string; field: string[] }[] } }>(CREATE, { input: { name: "x", scopes: [] } });
    expect(bad.apiKeyCreate.errors.map((e) => e.field[0])).toEqual(["name"]);
  });
});
