import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, registerUser, signIn } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";
import { APP_CREATE, APP_SUBMIT, createSubmittedAccreditation, decide, STATEMENT } from "../../test/workflow";

let app: TestApp;
let reviewer: GraphQLTestClient;
let reviewerLogin: { email: string; secret: string | null };
beforeAll(async () => {
  app = await createTestApp();
  const r = await createUser(app, { role: "REVIEWER", mfa: true });
  reviewerLogin = r;
  reviewer = app.client();
  await signIn(app, reviewer, r.email, r.secret);
});

/** After a long jump of the test clock, sessions have ended: sign in again (fresh TOTP step). */
async function signInAgain(client: GraphQLTestClient, email: string, secret?: string | null) {
  app.clock.advance(60_000);
  await signIn(app, client, email, secret);
}
afterAll(() => app?.close());

const DAY = 86_400_000;
const CREDS = "{ credentials { edges { node { id number status validUntil awardedDate predecessorId supersededById } } } }";
type Cred = { id: string; number: string; status: string; validUntil: string; awardedDate: string; predecessorId: string | null; supersededById: string | null };

async function accredited() {
  const { client, input } = await registerUser(app);
  const { applicationId } = await createSubmittedAccreditation(client);
  await decide(reviewer, applicationId, "APPROVE");
  const c = (await client.ok<{ credentials: { edges: { node: Cred }[] } }>(CREDS)).credentials.edges[0].node;
  return { client, input, credential: c };
}

describe("credential lifecycle [POL-USE-CERT][POL-USE-NOTIFY]", () => {
  it("reminds 60, 30 and 7 days before expiry, once each, then expires the credential", async () => {
    const { client, input, credential } = await accredited();
    const until = new Date(credential.validUntil).getTime();
    const lifecycle = app.server.services.lifecycle;
    try {
      app.clock.set(new Date(until - 61 * DAY));
      expect(await lifecycle.sendReminders()).toBe(0);
      app.clock.set(new Date(until - 59 * DAY));
      expect(await lifecycle.sendReminders()).toBe(1);
      expect(await lifecycle.sendReminders()).toBe(0);
      app.clock.set(new Date(until - 29 * DAY));
      expect(await lifecycle.sendReminders()).toBe(1);
      app.clock.set(new Date(until - 6 * DAY));
      expect(await lifecycle.sendReminders()).toBe(1);
      expect(await lifecycle.sendReminders()).toBe(0);
      const mails = (await app.deliverMail()).filter((m) => m.to === input.email && m.subject.includes("expires in"));
      expect(mails.map((m) => m.subject)).toEqual([`Your credential ${credential.number} expires in 59 days`, `Your credential ${credential.number} expires in 29 days`, `Your credential ${credential.number} expires in 6 days`]);

      expect(await lifecycle.expireDue()).toBe(0);
      app.clock.set(new Date(until + 1000));
      expect(await lifecycle.expireDue()).toBe(1);
      expect(await lifecycle.expireDue()).toBe(0);
      await signInAgain(client, input.email);
      const after = (await client.ok<{ credentials: { edges: { node: Cred }[] } }>(CREDS)).credentials.edges[0].node;
      expect(after.status).toBe("EXPIRED");
      const v = await app.client().ok<{ credentialVerify: { status: string } }>("query($n: String!) { credentialVerify(number: $n) { status } }", { n: credential.number });
      expect(v.credentialVerify.status).toBe("EXPIRED");
    } finally {
      app.clock.set(new Date(until + 2 * DAY));
      await signInAgain(reviewer, reviewerLogin.email, reviewerLogin.secret);
    }
  });

  it("renewal issues a successor that keeps the award date and marks the predecessor superseded", async () => {
    const { client, input, credential } = await accredited();
    app.clock.advance(30 * DAY);
    await signInAgain(client, input.email);
    await signInAgain(reviewer, reviewerLogin.email, reviewerLogin.secret);
    const renew = await client.ok<{ applicationCreate: { application: { id: string }; errors: { code: string }[] } }>(APP_CREATE, {
      input: { kind: "PROGRAM_ACCREDITATION", renewsCredentialId: credential.id, statement: STATEMENT },
    });
    expect(renew.applicationCreate.errors).toEqual([]);
    const twice = await client.ok<{ applicationCreate: { errors: { code: string }[] } }>(APP_CREATE, { input: { kind: "PROGRAM_ACCREDITATION", renewsCredentialId: credential.id, statement: STATEMENT } });
    expect(twice.applicationCreate.errors[0].code).toBe("ALREADY_OPEN");
    await client.ok(APP_SUBMIT, { id: renew.applicationCreate.application.id });
    const approved = await decide(reviewer, renew.applicationCreate.application.id, "APPROVE");
    expect(approved.errors).toEqual([]);
    const all = (await client.ok<{ credentials: { edges: { node: Cred }[] } }>(CREDS)).credentials.edges.map((e) => e.node);
    const successor = all.find((c) => c.id !== credential.id)!;
    const predecessor = all.find((c) => c.id === credential.id)!;
    expect(successor.awardedDate).toBe(credential.awardedDate);
    expect(successor.predecessorId).toBe(credential.id);
    expect(predecessor.supersededById).toBe(successor.id);
    expect(new Date(successor.validUntil).getTime()).toBeGreaterThan(new Date(credential.validUntil).getTime());
    const other = await registerUser(app);
    const steal = await other.client.ok<{ applicationCreate: { errors: { code: string }[] } }>(APP_CREATE, { input: { kind: "PROGRAM_ACCREDITATION", renewsCredentialId: successor.id, statement: STATEMENT } });
    expect(steal.applicationCreate.errors[0].code).toBe("NOT_RENEWABLE");
  });
});
