import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, registerUser, signIn, VIEWER } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";

let app: TestApp;
let admin: GraphQLTestClient;
beforeAll(async () => {
  app = await createTestApp({ now: "2026-06-15T12:00:00.000Z" });
  const a = await createUser(app, { role: "ADMIN", mfa: true });
  admin = app.client();
  await signIn(app, admin, a.email, a.secret);
});
afterAll(() => app?.close());

const PUBLISH = "mutation($input: PolicyVersionPublishInput!) { policyVersionPublish(input: $input) { policyVersion { id version effectiveAt material } errors { code field } } }";
const DAY = 86_400_000;
const body = "We now process data in a second region.\n\nThe rest of the policy stays the same.";

describe("policy versions and notice [POL-CHANGE-NOTICE]", () => {
  it("a material change needs 30 days' notice, is e-mailed to everyone, announced until effective, then asked to be accepted", async () => {
    const { client, input } = await registerUser(app);
    const tooSoon = await admin.ok<{ policyVersionPublish: { errors: { code: string; field: string[] }[] } }>(PUBLISH, {
      input: { kind: "PRIVACY_POLICY", title: "Privacy Policy", body, effectiveAt: new Date(app.clock.now().getTime() + 29 * DAY).toISOString(), material: true },
    });
    expect(tooSoon.policyVersionPublish.errors[0]).toMatchObject({ code: "NOTICE_TOO_SHORT", field: ["effectiveAt"] });
    const effectiveAt = new Date(app.clock.now().getTime() + 30 * DAY).toISOString();
    const ok = await admin.ok<{ policyVersionPublish: { policyVersion: { id: string; version: number } } }>(PUBLISH, { input: { kind: "PRIVACY_POLICY", title: "Privacy Policy", body, effectiveAt, material: true } });
    expect(ok.policyVersionPublish.policyVersion.version).toBe(2);
    const id = ok.policyVersionPublish.policyVersion.id;

    expect(await app.server.services.policyAnnouncements.announce(id)).toBeGreaterThanOrEqual(2);
    expect(await app.server.services.policyAnnouncements.announce(id)).toBe(0); // idempotent
    const mails = (await app.deliverMail()).filter((m) => m.to === input.email && m.subject === "We are updating our Privacy Policy");
    expect(mails).toHaveLength(1);

    const upcoming = await app.client().ok<{ upcomingPolicyVersions: { id: string }[]; currentPolicyVersions: { version: number }[] }>("{ upcomingPolicyVersions { id } currentPolicyVersions { version } }");
    expect(upcoming.upcomingPolicyVersions.map((v) => v.id)).toEqual([id]);
    expect(upcoming.currentPolicyVersions[0].version).toBe(1);
    expect((await client.ok<{ viewer: { pendingPolicyVersions: unknown[] } }>(VIEWER)).viewer.pendingPolicyVersions).toEqual([]);

    app.clock.advance(30 * DAY + 1000);
    await signIn(app, client, input.email);
    const pending = await client.ok<{ viewer: { pendingPolicyVersions: { id: string }[] } }>(VIEWER);
    expect(pending.viewer.pendingPolicyVersions.map((p) => p.id)).toEqual([id]);
    await client.ok("mutation($id: ID!) { policyAccept(policyVersionId: $id) { errors { code } } }", { id });
    expect((await client.ok<{ viewer: { pendingPolicyVersions: unknown[] } }>(VIEWER)).viewer.pendingPolicyVersions).toEqual([]);
    const ledger = await client.ok<{ consentLedger: { purpose: string; action: string; method: string; policyVersionId: string }[] }>("{ consentLedger { purpose action method policyVersionId } }");
    expect(ledger.consentLedger[0]).toMatchObject({ purpose: "PRIVACY_POLICY", action: "ACCEPT", method: "UI", policyVersionId: id });
  });

  it("registration after the change needs the new version; only admins publish", async () => {
    const { client } = await registerUser(app);
    const r = await client.request(PUBLISH, { input: { kind: "TERMS", title: "Terms", body, effectiveAt: new Date().toISOString(), material: false } });
    expect(r.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("consent for optional purposes [POL-COLLECT-USAGE]", () => {
  it("defaults to no; giving and withdrawing take effect at once and are kept in the ledger with device details encrypted", async () => {
    const { client, user } = await registerUser(app);
    expect((await client.ok<{ consentState: Record<string, boolean> }>("{ consentState { analytics marketing } }")).consentState).toEqual({ analytics: false, marketing: false });
    const SET = "mutation($p: ConsentPurpose!, $g: Boolean!) { consentSet(purpose: $p, given: $g) { consents { analytics marketing } } }";
    expect((await client.ok<{ consentSet: { consents: Record<string, boolean> } }>(SET, { p: "ANALYTICS", g: true })).consentSet.consents).toEqual({ analytics: true, marketing: false });
    expect((await client.ok<{ consentSet: { consents: Record<string, boolean> } }>(SET, { p: "ANALYTICS", g: false })).consentSet.consents.analytics).toBe(false);
    const rows = await app.sql<{ purpose: string; action: string; ip_enc: string }>("select purpose, action, ip_enc from consent_records where user_id = $1 and purpose = 'ANALYTICS' order by at", [user.id]);
    expect(rows.map((r) => r.action)).toEqual(["ACCEPT", "WITHDRAW"]);
    expect(rows[0].ip_enc).toMatch(/^v1\./);
  });
});
