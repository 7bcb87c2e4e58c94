import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, registerUser, signIn } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";
import { createSubmittedAccreditation } from "../../test/workflow";

const PAY = `mutation($id: ID!, $input: ApplicationPayInput!) { applicationPay(id: $id, input: $input) { payment { id status method amountCents currency invoiceNumber cardBrand cardLast4 billingAddress } checkoutUrl errors { code field } } }`;
const ADDRESS = { name: "Sunrise Training LLC", line1: "12 Oak Street", city: "Springfield", region: "IL", postalCode: "62701", country: "us" };
type Errors = { code: string; field?: string[] | null }[];
type PayResult = { applicationPay: { payment: { id: string; status: string; method: string; amountCents: number; invoiceNumber: string; cardBrand: string | null; cardLast4: string | null; billingAddress: string } | null; checkoutUrl: string | null; errors: Errors } };

describe("invoice mode [POL-COLLECT-PAYMENT]", () => {
  let app: TestApp;
  let admin: GraphQLTestClient;
  let reviewer: GraphQLTestClient;
  beforeAll(async () => {
    app = await createTestApp();
    const a = await createUser(app, { role: "ADMIN", mfa: true });
    admin = app.client();
    await signIn(app, admin, a.email, a.secret);
    const r = await createUser(app, { role: "REVIEWER", mfa: true });
    reviewer = app.client();
    await signIn(app, reviewer, r.email, r.secret);
  });
  afterAll(() => app?.close());

  it("e-mails an invoice, staff record the payment, the payer gets a receipt", async () => {
    const { client, input } = await registerUser(app);
    const { applicationId } = await createSubmittedAccreditation(client);
    const bad = await client.ok<PayResult>(PAY, { id: applicationId, input: { billingAddress: { ...ADDRESS, postalCode: "" } } });
    expect(bad.applicationPay.errors[0]).toMatchObject({ code: "INVALID", field: ["billingAddress", "postalCode"] });
    const r = await client.ok<PayResult>(PAY, { id: applicationId, input: { billingAddress: ADDRESS } });
    expect(r.applicationPay.errors).toEqual([]);
    expect(r.applicationPay.payment).toMatchObject({ status: "PENDING", method: "INVOICE", amountCents: 45000, billingAddress: "Sunrise Training LLC, 12 Oak Street, Springfield, IL, 62701, US" });
    expect(r.applicationPay.checkoutUrl).toBeNull();
    const paymentId = r.applicationPay.payment!.id;
    expect((await app.deliverMail()).find((m) => m.to === input.email && m.subject.startsWith("Invoice INV-"))?.text).toContain("$450.00");
    const [row] = await app.sql<{ billing_address_enc: string }>("select billing_address_enc from payments where id = $1", [paymentId]);
    expect(row.billing_address_enc).toMatch(/^v1\./);
    expect(row.billing_address_enc).not.toContain("Oak");

    const RECORD = "mutation($id: ID!, $ref: String!) { paymentRecordOffline(id: $id, reference: $ref) { payment { status paidAt } errors { code } } }";
    expect((await reviewer.request(RECORD, { id: paymentId, ref: "BANK-123" })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await client.request(RECORD, { id: paymentId, ref: "BANK-123" })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const paid = await admin.ok<{ paymentRecordOffline: { payment: { status: string } } }>(RECORD, { id: paymentId, ref: "BANK-123" });
    expect(paid.paymentRecordOffline.payment.status).toBe("PAID");
    expect((await app.deliverMail()).some((m) => m.to === input.email && m.subject.startsWith("Receipt for INV-"))).toBe(true);
    const again = await client.ok<PayResult>(PAY, { id: applicationId, input: { billingAddress: ADDRESS } });
    expect(again.applicationPay.errors[0].code).toBe("ALREADY_PAID");
    const seen = await client.ok<{ application: { fee: { amountCents: number }; payment: { status: string; processorReference: string | null } } }>(
      "query($id: ID!) { application(id: $id) { fee { amountCents currency } payment { status processorReference } } }",
      { id: applicationId },
    );
    expect(seen.application).toMatchObject({ fee: { amountCents: 45000 }, payment: { status: "PAID", processorReference: null } });
  });

  it("[POL-COLLECT-PAYMENT] admins see which application a payment is for and who paid; the payer and reviewers don't get those fields; no N+1", async () => {
    const payer = await registerUser(app, { firstName: "Rosa", lastName: "Payer" });
    const { applicationId } = await createSubmittedAccreditation(payer.client);
    await payer.client.ok<PayResult>(PAY, { id: applicationId, input: { billingAddress: ADDRESS } });
    const Q = "query($first: Int) { payments(first: $first) { edges { node { id payerName application { id status program { title } } } } } }";
    const r = await admin.request<{ payments: { edges: { node: { payerName: string | null; application: { id: string; status: string } | null } }[] } }>(Q, { first: 100 });
    expect(r.errors).toBeUndefined();
    expect(r.data!.payments.edges.map((e) => e.node).find((n) => n.application?.id === applicationId)).toMatchObject({ payerName: "Rosa Payer", application: { status: "SUBMITTED" } });

    // Several payments: the same number of SQL statements as one (users and applications are batched).
    const more = await registerUser(app);
    const { applicationId: second } = await createSubmittedAccreditation(more.client, "Second program");
    await more.client.ok<PayResult>(PAY, { id: second, input: { billingAddress: ADDRESS } });
    const count = async (first: number) => {
      const res = await admin.request<{ payments: { edges: { node: { payerName: string | null } }[] } }>(Q, { first });
      expect(res.data!.payments.edges.every((e) => e.node.payerName)).toBe(true);
      return Number(res.headers.get("x-query-count"));
    };
    expect(await count(3)).toBe(await count(1));

    const own = await payer.client.ok<{ application: { payment: { payerName: string | null; application: unknown } } }>(
      "query($id: ID!) { application(id: $id) { payment { payerName application { id } } } }",
      { id: applicationId },
    );
    expect(own.application.payment).toEqual({ payerName: null, application: null });
    expect((await reviewer.request(Q, { first: 1 })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("nobody else can pay for or see someone's application", async () => {
    const { client } = await registerUser(app);
    const { applicationId } = await createSubmittedAccreditation(client);
    const other = await registerUser(app);
    const r = await other.client.ok<PayResult>(PAY, { id: applicationId, input: { billingAddress: ADDRESS } });
    expect(r.applicationPay.errors[0].code).toBe("NOT_FOUND");
    expect(Number((await app.sql<{ n: string }>("select count(*) n from payments where application_id = $1", [applicationId]))[0].n)).toBe(0);
  });
});

/** A local stand-in for the few Stripe endpoints the adapter calls. */
class StripeStandIn {
  server: Server;
  requests: { method: string; path: string; body: string }[] = [];
  paid = false;
  down = false;
  constructor() {
    this.server = createServer(async (req: IncomingMessage, res) => {
      let body = "";
      for await (const chunk of req) body += chunk;
      this.requests.push({ method: req.method!, path: req.url!, body });
      res.setHeader("content-type", "application/json");
      if (this.down) return void res.writeHead(500).end(JSON.stringify({ error: { type: "api_error", message: "down" } }));
      if (req.method === "POST" && req.url === "/v1/checkout/sessions") {
        return void res.end(JSON.stringify({ id: "cs_test_123", object: "checkout.session", url: "https://checkout.stripe.test/c/pay/cs_test_123", payment_status: "unpaid", status: "open" }));
      }
      if (req.method === "GET" && req.url?.startsWith("/v1/checkout/sessions/cs_test_123")) {
        return void res.end(
          JSON.stringify({
            id: "cs_test_123",
            object: "checkout.session",
            status: this.paid ? "complete" : "open",
            payment_status: this.paid ? "paid" : "unpaid",
            payment_intent: { id: "pi_1", object: "payment_intent", status: this.paid ? "succeeded" : "requires_payment_method", latest_charge: this.paid ? { id: "ch_1", object: "charge", payment_method_details: { type: "card", card: { brand: "visa", last4: "4242" } } } : null },
          }),
        );
      }
      res.writeHead(404).end(JSON.stringify({ error: { type: "invalid_request_error", message: "unknown" } }));
    });
  }
  async start(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", () => r()));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
}

describe("card payments through Stripe Checkout [POL-COLLECT-PAYMENT]", () => {
  let app: TestApp;
  const stripe = new StripeStandIn();
  const WEBHOOK_SECRET = "whsec_testsecret";
  beforeAll(async () => {
    const base = await stripe.start();
    app = await createTestApp({ env: { STRIPE_SECRET_KEY: "sk_test_standin", STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_BASE: base } });
  });
  afterAll(async () => {
    await app?.close();
    stripe.server.close();
  });

  it("sends the payer to Checkout, then keeps brand and last four only; never a card number", async () => {
    const { client } = await registerUser(app);
    const { applicationId } = await createSubmittedAccreditation(client);
    expect((await client.ok<{ paymentSettings: { mode: string } }>("{ paymentSettings { mode } }")).paymentSettings.mode).toBe("CARD");
    const r = await client.ok<PayResult>(PAY, { id: applicationId, input: { billingAddress: ADDRESS } });
    expect(r.applicationPay.errors).toEqual([]);
    expect(r.applicationPay.checkoutUrl).toBe("https://checkout.stripe.test/c/pay/cs_test_123");
    const create = stripe.requests.find((q) => q.path === "/v1/checkout/sessions")!;
    expect(decodeURIComponent(create.body)).toContain("line_items[0][price_data][unit_amount]=45000");
    expect(decodeURIComponent(create.body)).toContain(`metadata[applicationId]=${applicationId}`);

    const SYNC = "mutation($id: ID!) { paymentSync(id: $id) { payment { status cardBrand cardLast4 } errors { code } } }";
    const pending = await client.ok<{ paymentSync: { payment: { status: string } } }>(SYNC, { id: r.applicationPay.payment!.id });
    expect(pending.paymentSync.payment.status).toBe("PENDING");
    stripe.paid = true;
    const payload = JSON.stringify({ id: "evt_1", object: "event", type: "checkout.session.completed", data: { object: { id: "cs_test_123", object: "checkout.session" } } });
    const forged = await fetch(`${app.url}/api/webhooks/stripe`, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": "t=1,v1=deadbeef" }, body: payload });
    expect(forged.status).toBe(400);
    const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    const hook = await fetch(`${app.url}/api/webhooks/stripe`, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": header }, body: payload });
    expect(hook.status).toBe(200);
    const done = await client.ok<{ paymentSync: { payment: { status: string; cardBrand: string; cardLast4: string } } }>(SYNC, { id: r.applicationPay.payment!.id });
    expect(done.paymentSync.payment).toEqual({ status: "PAID", cardBrand: "visa", cardLast4: "4242" });
    const raw = JSON.stringify(await app.sql("select * from payments"));
    expect(raw).not.toMatch(/\d{13,19}/);
  });

  it("a processor outage gives PROCESSOR_UNAVAILABLE and marks the attempt failed", async () => {
    stripe.down = true;
    try {
      const { client } = await registerUser(app);
      const { applicationId } = await createSubmittedAccreditation(client, "Outage program");
      const r = await client.ok<PayResult>(PAY, { id: applicationId, input: { billingAddress: ADDRESS } });
      expect(r.applicationPay.errors[0].code).toBe("PROCESSOR_UNAVAILABLE");
      const rows = await app.sql<{ status: string }>("select status from payments where application_id = $1", [applicationId]);
      expect(rows).toEqual([{ status: "FAILED" }]);
    } finally {
      stripe.down = false;
    }
  });
});
