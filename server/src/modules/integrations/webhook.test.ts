import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerUser, signedInStaff } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";
import { createSubmittedAccreditation, decide } from "../../test/workflow";
import { backoffMs, signWebhook } from "./webhook.service";

/** A receiver on loopback that records what it gets and answers with `status`. */
class Receiver {
  server: Server;
  received: { headers: IncomingHttpHeaders; body: string }[] = [];
  status = 200;
  constructor() {
    this.server = createServer(async (req, res) => {
      let body = "";
      for await (const chunk of req) body += chunk;
      this.received.push({ headers: req.headers, body });
      res.writeHead(this.status).end();
    });
  }
  async start() {
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", () => r()));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }
}

let app: TestApp;
let admin: GraphQLTestClient;
const receiver = new Receiver();
let hookUrl: string;
beforeAll(async () => {
  app = await createTestApp();
  hookUrl = await receiver.start();
  admin = (await signedInStaff(app, "ADMIN")).client;
});
afterAll(async () => {
  await app?.close();
  receiver.server.close();
});

const CREATE = "mutation($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { endpoint { id } secret errors { code field } } }";

describe("webhooks (Standard Webhooks) [POL-SHARE-VERIFY]", () => {
  it("sends signed credential.issued and credential.revoked events with ids and status only, retrying with back-off", async () => {
    const c = await admin.ok<{ webhookEndpointCreate: { endpoint: { id: string }; secret: string } }>(CREATE, { input: { url: hookUrl, events: ["credential.issued", "credential.revoked"] } });
    const { secret, endpoint } = c.webhookEndpointCreate;
    expect(secret).toMatch(/^whsec_/);
    const { client, input } = await registerUser(app, { firstName: "Webhook", lastName: "Canary" });
    const { applicationId } = await createSubmittedAccreditation(client);
    receiver.status = 503;
    const approved = await decide(admin, applicationId, "APPROVE");
    const first = await app.server.services.webhooks.deliverDue();
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: 503 });
    expect(await app.server.services.webhooks.deliverDue()).toHaveLength(0); // not due yet
    receiver.status = 200;
    app.clock.advance(backoffMs(1));
    const second = await app.server.services.webhooks.deliverDue();
    expect(second[0]).toMatchObject({ status: "SUCCEEDED", attempts: 2 });

    const last = receiver.received.at(-1)!;
    const id = String(last.headers["webhook-id"]);
    const ts = Number(last.headers["webhook-timestamp"]);
    expect(last.headers["webhook-signature"]).toBe(signWebhook(secret, id, ts, last.body));
    expect(receiver.received[0].headers["webhook-id"]).toBe(id); // same id on retry
    const payload = JSON.parse(last.body) as { type: string; data: { number: string; status: string } };
    expect(payload).toMatchObject({ type: "credential.issued", data: { number: approved.application!.credential!.number, status: "ACTIVE" } });
    expect(last.body).not.toContain(input.email);
    expect(last.body).not.toContain("Canary");

    const creds = await client.ok<{ credentials: { edges: { node: { id: string } }[] } }>("{ credentials { edges { node { id } } } }");
    await admin.ok("mutation($id: ID!) { credentialRevoke(id: $id, reason: \"Accreditation withdrawn\") { errors { code } } }", { id: creds.credentials.edges[0].node.id });
    await app.server.services.webhooks.deliverDue();
    expect(JSON.parse(receiver.received.at(-1)!.body)).toMatchObject({ type: "credential.revoked", data: { status: "REVOKED" } });

    const log = await admin.ok<{ webhookDeliveries: { eventType: string; status: string; attempts: number }[] }>("query($id: ID!) { webhookDeliveries(endpointId: $id) { eventType status attempts } }", { id: endpoint.id });
    expect(log.webhookDeliveries.map((d) => [d.eventType, d.status])).toEqual([
      ["credential.revoked", "SUCCEEDED"],
      ["credential.issued", "SUCCEEDED"],
    ]);
  });

  it("integrator keys with WEBHOOKS_MANAGE manage only their own endpoints; others are refused", async () => {
    const key = await admin.ok<{ apiKeyCreate: { secret: string } }>("mutation { apiKeyCreate(input: { name: \"HR system\", scopes: [WEBHOOKS_MANAGE] }) { secret } }");
    const integrator = app.client();
    integrator.token = key.apiKeyCreate.secret;
    const mine = await integrator.ok<{ webhookEndpointCreate: { endpoint: { id: string } } }>(CREATE, { input: { url: hookUrl, events: ["credential.suspended"] } });
    const list = await integrator.ok<{ webhookEndpoints: { id: string }[] }>("{ webhookEndpoints { id } }");
    expect(list.webhookEndpoints.map((e) => e.id)).toEqual([mine.webhookEndpointCreate.endpoint.id]);
    const verifyOnly = await admin.ok<{ apiKeyCreate: { secret: string } }>("mutation { apiKeyCreate(input: { name: \"Verifier\", scopes: [CREDENTIALS_VERIFY] }) { secret } }");
    const r = await app.client().request("{ webhookEndpoints { id } }", {}, { token: verifyOnly.apiKeyCreate.secret });
    expect(r.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const bad = await integrator.ok<{ webhookEndpointCreate: { errors: { field: string[] }[] } }>(CREATE, { input: { url: "ftp://x", events: ["nope"] } });
    expect(bad.webhookEndpointCreate.errors[0].field).toEqual(["url"]);
    const { client } = await registerUser(app);
    expect((await client.request("{ webhookEndpoints { id } }")).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
