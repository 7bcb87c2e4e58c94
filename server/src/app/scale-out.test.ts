import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "./bootstrap";
import { createUser, LOGIN, PASSWORD, registerUser, signIn, VIEWER } from "../test/factories";
import { GraphQLTestClient } from "../test/graphql-client";
import { createTestApp, type TestApp } from "../test/test-app";
import { APP_CREATE, createProgram, createSubmittedAccreditation, decide, STATEMENT } from "../test/workflow";

/**
 * Several stateless API instances against one PostgreSQL (issue 7; docs/SCALING.md): everything a
 * request or a background worker depends on lives in the database, so instance B sees what A did,
 * limits add up across them, and two workers racing for the same job never both do it.
 */
let a: TestApp;
let b: RunningServer;
let receiver: Server;
const received: string[] = [];
beforeAll(async () => {
  a = await createTestApp();
  b = await startServer({ config: a.config, clock: a.clock, databaseUrl: a.databaseUrl, jobs: false });
  receiver = createServer((req, res) => {
    received.push(String(req.headers["webhook-id"]));
    req.resume();
    req.on("end", () => res.writeHead(204).end());
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
});
afterAll(async () => {
  await b?.close();
  await a?.close();
  await new Promise((r) => receiver?.close(r));
});

const onB = () => new GraphQLTestClient(b.url);

describe("two API instances, one database", () => {
  it("a session made on one instance works on the other, and logging out on one ends it on both", async () => {
    const { client, user } = await registerUser(a);
    const other = onB();
    other.token = client.token;
    expect((await other.ok<{ viewer: { id: string } }>(VIEWER)).viewer.id).toBe(user.id);
    await other.ok("mutation { authLogout { ok } }");
    expect((await client.request("{ myPrivacyRequests { id } }")).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("rate limits add up across instances (counters are in PostgreSQL)", async () => {
    const { input } = await registerUser(a);
    const wrong = { input: { email: input.email, password: `${PASSWORD} wrong` } };
    for (let i = 0; i < 5; i++) await a.client().ok(LOGIN, wrong);
    for (let i = 0; i < 5; i++) await onB().ok(LOGIN, wrong);
    const right = await a.client().ok<{ authLogin: { accessToken: string | null; errors: { code: string }[] } }>(LOGIN, { input: { email: input.email, password: PASSWORD } });
    expect(right.authLogin.accessToken).toBeNull();
    expect(right.authLogin.errors[0].code).toBe("RATE_LIMITED");
  });

  it("an upload through one instance downloads through the other", async () => {
    const { client } = await registerUser(a);
    const program = await createProgram(client, "Scale-out program");
    const draft = await client.ok<{ applicationCreate: { application: { id: string } } }>(APP_CREATE, { input: { kind: "PROGRAM_ACCREDITATION", programId: program.id, statement: STATEMENT } });
    const up = await fetch(`${a.url}/api/applications/${draft.applicationCreate.application.id}/evidence`, { method: "POST", headers: { authorization: `Bearer ${client.token}`, "x-filename": "curriculum.pdf" }, body: "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF" });
    expect(up.status).toBe(201);
    const { id } = (await up.json()) as { id: string };
    const down = await fetch(`${b.url}/api/evidence/${id}`, { headers: { authorization: `Bearer ${client.token}` } });
    expect(down.status).toBe(200);
    expect((await down.text()).startsWith("%PDF-1.7")).toBe(true);
  });

  it("background work claimed by two instances at once is done once: e-mails and webhooks", async () => {
    const admin = a.client();
    const staff = await createUser(a, { role: "ADMIN", mfa: true });
    await signIn(a, admin, staff.email, staff.secret);
    const endpoint = await admin.ok<{ webhookEndpointCreate: { errors: unknown[] } }>("mutation($i: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $i) { errors { code } } }", {
      i: { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`, events: ["credential.issued"] },
    });
    expect(endpoint.webhookEndpointCreate.errors).toEqual([]);
    // Three approvals: three credential.issued deliveries, and their e-mails, waiting for workers.
    for (let i = 0; i < 3; i++) {
      const { client } = await registerUser(a);
      const { applicationId } = await createSubmittedAccreditation(client, `Scale-out program ${i}`);
      await decide(admin, applicationId, "APPROVE");
    }
    const [{ n: pendingMail }] = await a.sql<{ n: string }>("select count(*) n from mail_outbox where sent_at is null");
    expect(Number(pendingMail)).toBeGreaterThan(3);

    const [mailA, mailB] = await Promise.all([a.server.services.mail.deliverPending(), b.services.mail.deliverPending()]);
    const ids = [...mailA, ...mailB].map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length); // nobody got the same e-mail twice
    expect(ids.length).toBe(Number(pendingMail));
    expect(await a.sql("select id from mail_outbox where sent_at is null")).toEqual([]);

    await Promise.all([a.server.services.webhooks.deliverDue(), b.services.webhooks.deliverDue(), a.server.services.webhooks.deliverDue()]);
    expect(received.length).toBe(3);
    expect(new Set(received).size).toBe(3);
    const [{ n: left }] = await a.sql<{ n: string }>("select count(*) n from webhook_deliveries where status <> 'SUCCEEDED'");
    expect(Number(left)).toBe(0);
  });
});
