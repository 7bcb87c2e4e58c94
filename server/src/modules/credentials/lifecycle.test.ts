import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, registerUser, signIn, signedInStaff } from "../../test/factories";
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

  it("POL-RIGHT-HISTORY: the holder sees each credential's history — issued, suspended, reinstated, renewed — and nobody else does", async () => {
    const { client: admin, user: a } = await signedInStaff(app, "ADMIN");
    const { client, input, credential } = await accredited();
    app.clock.advance(DAY);
    await signInAgain(admin, a.email, a.secret);
    expect((await admin.ok<{ credentialSuspend: { errors: unknown[] } }>("mutation($id: ID!) { credentialSuspend(id: $id, reason: \"Checking a complaint\") { errors { code } } }", { id: credential.id })).credentialSuspend.errors).toEqual([]);
    app.clock.advance(DAY);
    await signInAgain(admin, a.email, a.secret);
    expect((await admin.ok<{ credentialReinstate: { errors: unknown[] } }>("mutation($id: ID!) { credentialReinstate(id: $id) { errors { code } } }", { id: credential.id })).credentialReinstate.errors).toEqual([]);
    app.clock.advance(DAY);
    await signInAgain(client, input.email);
    await signInAgain(reviewer, reviewerLogin.email, reviewerLogin.secret);
    const renew = await client.ok<{ applicationCreate: { application: { id: string } } }>(APP_CREATE, { input: { kind: "PROGRAM_ACCREDITATION", renewsCredentialId: credential.id, statement: STATEMENT } });
    await client.ok(APP_SUBMIT, { id: renew.applicationCreate.application.id });
    await decide(reviewer, renew.applicationCreate.application.id, "APPROVE");

    type H = { kind: string; at: string; description: string; relatedCredentialId: string | null };
    const Q = "{ credentials { edges { node { id predecessorId history { kind at description relatedCredentialId } } } } }";
    const nodes = (await client.ok<{ credentials: { edges: { node: { id: string; predecessorId: string | null; history: H[] } }[] } }>(Q)).credentials.edges.map((e) => e.node);
    const old = nodes.find((n) => n.id === credential.id)!;
    const successor = nodes.find((n) => n.id !== credential.id)!;
    expect(old.history.map((h) => h.kind)).toEqual(["ISSUED", "SUSPENDED", "REINSTATED", "RENEWED"]);
    expect(old.history[3].relatedCredentialId).toBe(successor.id);
    expect(old.history.map((h) => h.at)).toEqual([...old.history.map((h) => h.at)].sort());
    expect(successor.history).toEqual([expect.objectContaining({ kind: "ISSUED", relatedCredentialId: credential.id, description: "Awarded as the renewal of an earlier credential." })]);
    // The suspension reason is the credential's current statusReason, never copied into the append-only audit trail.
    expect(JSON.stringify(old.history)).not.toContain("complaint");

    const other = await registerUser(app);
    const peek = await other.client.ok<{ credential: null }>("query($id: ID!) { credential(id: $id) { id history { kind } } }", { id: credential.id });
    expect(peek.credential).toBeNull();
  });
});
