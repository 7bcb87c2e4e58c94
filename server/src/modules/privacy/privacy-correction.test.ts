import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, registerUser, signIn } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";

let app: TestApp;
let admin: GraphQLTestClient;
beforeAll(async () => {
  app = await createTestApp();
  const a = await createUser(app, { role: "ADMIN", mfa: true });
  admin = app.client();
  await signIn(app, admin, a.email, a.secret);
});
afterAll(() => app?.close());

const CREATE = "mutation($input: PrivacyRequestCreateInput!) { privacyRequestCreate(input: $input) { privacyRequest { id corrections { field proposedValue currentValue } } errors { code field } } }";
const ADMIN_VIEW = "query($id: ID!) { privacyRequest(id: $id) { status outcome corrections { field proposedValue currentValue } } }";
type Created = { privacyRequestCreate: { privacyRequest: { id: string; corrections: unknown[] } | null; errors: { code: string; field: string[] }[] } };

describe("correction requests with before/after [POL-RIGHT-CORRECT]", () => {
  it("POL-RIGHT-CORRECT: names fields with proposed values (encrypted), staff see current next to proposed, approval applies them in the decision's transaction, audited and notified", async () => {
    const { client, input, user } = await registerUser(app, { lastName: "Okafur" });
    await app.deliverMail();

    const notCorrection = await client.ok<Created>(CREATE, { input: { kind: "ACCESS", corrections: [{ field: "LAST_NAME", proposedValue: "Okafor" }] } });
    expect(notCorrection.privacyRequestCreate.errors).toEqual([{ code: "INVALID", field: ["corrections"] }]);
    const minor = await client.ok<Created>(CREATE, { input: { kind: "CORRECTION", corrections: [{ field: "DATE_OF_BIRTH", proposedValue: "2015-01-01" }] } });
    expect(minor.privacyRequestCreate.errors).toEqual([{ code: "INVALID", field: ["corrections", "0", "proposedValue"] }]);

    const made = await client.ok<Created>(CREATE, { input: { kind: "CORRECTION", corrections: [{ field: "LAST_NAME", proposedValue: " Okafor-Bello " }, { field: "PHONE", proposedValue: "+1 555 0199" }] } });
    expect(made.privacyRequestCreate.errors).toEqual([]);
    const id = made.privacyRequestCreate.privacyRequest!.id;
    const [row] = await app.sql<{ corrections_enc: string; details_enc: string | null }>("select corrections_enc, details_enc from privacy_requests where id = $1", [id]);
    expect(row.corrections_enc).toMatch(/^v1\./);
    expect(row.corrections_enc).not.toContain("Okafor-Bello");
    expect(row.details_enc).toBeNull();

    const before = await admin.ok<{ privacyRequest: { corrections: unknown[] } }>(ADMIN_VIEW, { id });
    expect(before.privacyRequest.corrections).toEqual([
      { field: "LAST_NAME", proposedValue: "Okafor-Bello", currentValue: "Okafur" },
      { field: "PHONE", proposedValue: "+1 555 0199", currentValue: "+1 555 0100" },
    ]);

    const done = await admin.ok<{ privacyRequestComplete: { privacyRequest: { status: string }; errors: unknown[] } }>(
      "mutation($id: ID!) { privacyRequestComplete(id: $id, outcome: \"We corrected your last name and phone number.\") { privacyRequest { status } errors { code } } }",
      { id },
    );
    expect(done.privacyRequestComplete).toEqual({ privacyRequest: { status: "COMPLETED" }, errors: [] });
    const applied = app.server.services.users.toView((await app.server.services.users.findById(user.id))!);
    expect([applied.lastName, applied.phone, applied.firstName]).toEqual(["Okafor-Bello", "+1 555 0199", input.firstName]);
    const after = await admin.ok<{ privacyRequest: { corrections: { currentValue: string }[] } }>(ADMIN_VIEW, { id });
    expect(after.privacyRequest.corrections.map((c) => c.currentValue)).toEqual(["Okafor-Bello", "+1 555 0199"]);

    const audit = await app.sql<{ metadata: { fields: string[]; privacyRequestId: string } }>("select metadata from audit_events where action = 'user.corrected' and target_id = $1", [user.id]);
    expect(audit).toEqual([{ metadata: { privacyRequestId: id, fields: ["LAST_NAME", "PHONE"] } }]);
    expect(JSON.stringify(audit)).not.toContain("Okafor-Bello");
    const mails = (await app.deliverMail()).filter((m) => m.to === input.email).map((m) => m.subject);
    expect(mails).toContain("Your privacy request is complete");
  });

  it("POL-RIGHT-CORRECT: a rejected correction changes nothing and tells the requester why; the export includes proposed values and erasure removes them", async () => {
    const { client, input, user } = await registerUser(app, { firstName: "Rejecta" });
    const made = await client.ok<Created>(CREATE, { input: { kind: "CORRECTION", details: "My first name is wrong.", corrections: [{ field: "FIRST_NAME", proposedValue: "Reyecta" }] } });
    const id = made.privacyRequestCreate.privacyRequest!.id;
    const rejected = await admin.ok<{ privacyRequestReject: { privacyRequest: { status: string } } }>(
      "mutation($id: ID!) { privacyRequestReject(id: $id, reason: \"Your identity documents show Rejecta.\") { privacyRequest { status } errors { code } } }",
      { id },
    );
    expect(rejected.privacyRequestReject.privacyRequest.status).toBe("REJECTED");
    expect(app.server.services.users.toView((await app.server.services.users.findById(user.id))!).firstName).toBe("Rejecta");
    const mail = (await app.deliverMail()).find((m) => m.to === input.email && m.subject === "We could not carry out your privacy request");
    expect(mail?.text).toContain("Your identity documents show Rejecta.");

    const exp = await client.ok<{ privacyRequestCreate: { privacyRequest: { id: string } } }>("mutation { privacyRequestCreate(input: { kind: EXPORT }) { privacyRequest { id } errors { code } } }");
    await app.server.services.privacyRequests.runExport(exp.privacyRequestCreate.privacyRequest.id);
    const res = await fetch(`${app.url}/api/privacy-requests/${exp.privacyRequestCreate.privacyRequest.id}/export`, { headers: { authorization: `Bearer ${client.token}` } });
    const doc = (await res.json()) as { sections: { privacyRequests: { id: string; corrections: unknown }[] } };
    expect(doc.sections.privacyRequests.find((r) => r.id === id)?.corrections).toEqual([{ field: "FIRST_NAME", proposed: "Reyecta" }]);

    const del = await client.ok<{ privacyRequestCreate: { privacyRequest: { id: string } } }>("mutation { privacyRequestCreate(input: { kind: DELETION }) { privacyRequest { id } errors { code } } }");
    await admin.ok("mutation($id: ID!) { privacyRequestComplete(id: $id, outcome: \"Deleted as you asked.\") { errors { code } } }", { id: del.privacyRequestCreate.privacyRequest.id });
    const [row] = await app.sql<{ corrections_enc: string | null }>("select corrections_enc from privacy_requests where id = $1", [id]);
    expect(row.corrections_enc).toBeNull();
  });

  it("POL-RIGHT-CORRECT: someone who cannot sign in can name fields too; they are checked before a code is sent, kept encrypted until confirmed, and carried over to the request", async () => {
    const { input } = await registerUser(app, { lastName: "Mensa" });
    await app.deliverMail();
    const anon = app.client();
    const START = "mutation($i: PrivacyRequestStartInput!) { privacyRequestStart(input: $i) { verificationId errors { code field } } }";
    type Start = { privacyRequestStart: { verificationId: string | null; errors: { code: string; field: string[] }[] } };
    const bad = await anon.ok<Start>(START, { i: { email: input.email, kind: "CORRECTION", corrections: [{ field: "DATE_OF_BIRTH", proposedValue: "1990-13-01" }] } });
    expect(bad.privacyRequestStart).toEqual({ verificationId: null, errors: [{ code: "INVALID", field: ["corrections", "0", "proposedValue"] }] });
    expect((await app.deliverMail()).filter((m) => m.to === input.email)).toEqual([]);

    const started = await anon.ok<Start>(START, { i: { email: input.email, kind: "CORRECTION", corrections: [{ field: "LAST_NAME", proposedValue: "Mensah" }] } });
    const vid = started.privacyRequestStart.verificationId!;
    const [v] = await app.sql<{ corrections_enc: string }>("select corrections_enc from privacy_request_verifications where id = $1", [vid]);
    expect(v.corrections_enc).toMatch(/^v1\./);
    expect(v.corrections_enc).not.toContain("Mensah");
    const code = /\b(\d{6})\b/.exec((await app.deliverMail()).find((m) => m.to === input.email)!.text)![1];
    const confirmed = await anon.ok<{ privacyRequestConfirm: { privacyRequest: { id: string } } }>("mutation($id: ID!, $c: String!) { privacyRequestConfirm(verificationId: $id, code: $c) { privacyRequest { id } errors { code } } }", { id: vid, c: code });
    const view = await admin.ok<{ privacyRequest: { corrections: unknown[] } }>(ADMIN_VIEW, { id: confirmed.privacyRequestConfirm.privacyRequest.id });
    expect(view.privacyRequest.corrections).toEqual([{ field: "LAST_NAME", proposedValue: "Mensah", currentValue: "Mensa" }]);
  });
});
