import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aadFor } from "../../common/crypto/field-crypto";
import { createUser, registerUser, signIn } from "../../test/factories";
import type { GraphQLTestClient } from "../../test/graphql-client";
import { createTestApp, type TestApp } from "../../test/test-app";
import { APP_CREATE, APP_SUBMIT, createSubmittedAccreditation, decide } from "../../test/workflow";
import { PERSONAL_COLUMNS } from "./personal-data.registry";

let app: TestApp;
let admin: GraphQLTestClient;
beforeAll(async () => {
  app = await createTestApp();
  const a = await createUser(app, { role: "ADMIN", mfa: true });
  admin = app.client();
  await signIn(app, admin, a.email, a.secret);
});
afterAll(() => app?.close());

const CANARY = "zqxcanary";
const tables = ["payments"]; // retained by law (POL-RETAIN-PAYMENT)

/** Every text/jsonb column of every table, raw — and every registered encrypted column, decrypted. */
async function findCanaries(): Promise<string[]> {
  const hits: string[] = [];
  const cols = await app.sql<{ table_name: string; column_name: string; data_type: string }>(
    "select table_name, column_name, data_type from information_schema.columns where table_schema = 'public' and data_type in ('text', 'jsonb', 'character varying', 'ARRAY')",
  );
  for (const c of cols) {
    const rows = await app.sql<{ n: string }>(`select count(*) n from "${c.table_name}" where "${c.column_name}"::text ilike $1`, [`%${CANARY}%`]);
    if (Number(rows[0].n) > 0) hits.push(`${c.table_name}.${c.column_name}`);
  }
  const crypto = app.server.services.crypto;
  for (const [table, columns] of Object.entries(PERSONAL_COLUMNS)) {
    for (const column of columns.filter((x) => x.endsWith("_enc") && x !== "data_enc" && x !== "export_enc")) {
      const idCol = table === "professional_profiles" || table === "usage_events" ? "user_id" : "id";
      const rows = await app.sql<Record<string, string | null>>(`select "${idCol}" as id, "${column}" as v from "${table}" where "${column}" is not null`);
      for (const r of rows) {
        const plain = crypto.decrypt(aadFor(table, column.replace(/_enc$/, ""), r.id!), r.v!);
        if (plain.toLowerCase().includes(CANARY)) hits.push(`${table}.${column} (decrypted)`);
      }
    }
  }
  return [...new Set(hits)];
}

describe("erasure [POL-RIGHT-DELETE]", () => {
  it("leaves no canary outside retained rows, and the holder's credential stays verifiable without a name", async () => {
    const provider = await registerUser(app);
    const { applicationId: accId, program } = await createSubmittedAccreditation(provider.client, "Canary-free program");
    await decide(admin, accId, "APPROVE");

    const { client, input } = await registerUser(app, {
      email: `${CANARY}.person@example.org`,
      firstName: `${CANARY}First`,
      lastName: `${CANARY}Last`,
      phone: "+1 555 0777",
      organizationName: `${CANARY} Org`,
    });
    await client.ok("mutation($i: ProfileUpdateInput!) { profileUpdate(input: $i) { errors { code } } }", { i: { firstName: `${CANARY}First`, lastName: `${CANARY}Last`, phone: "+1 555 0777", organizationName: `${CANARY} Org` } });
    await client.ok("mutation($i: ProfessionalProfileInput!) { professionalProfileUpdate(input: $i) { errors { code } } }", { i: { licenses: [{ type: "CNA", number: `${CANARY}-LIC`, issuer: "Illinois" }] } });
    const c = await client.ok<{ applicationCreate: { application: { id: string } } }>(APP_CREATE, { input: { kind: "INDIVIDUAL_CERTIFICATION", programId: program.id, statement: `I am ${CANARY} and I completed the program.` } });
    const appId = c.applicationCreate.application.id;
    await fetch(`${app.url}/api/applications/${appId}/evidence`, { method: "POST", headers: { authorization: `Bearer ${client.token}`, "x-filename": `${CANARY}-certificate.pdf` }, body: "%PDF-1.7 canary" });
    await client.ok("mutation($id: ID!, $b: String!) { applicationMessageSend(id: $id, body: $b) { errors { code } } }", { id: appId, b: `Message from ${CANARY}` });
    await client.ok("mutation($i: SupportRequestCreateInput!) { supportRequestCreate(input: $i) { errors { code } } }", { i: { kind: "SUPPORT", subject: `${CANARY} subject`, body: `${CANARY} body` } });
    await client.ok(APP_SUBMIT, { id: appId });
    await client.ok("mutation($id: ID!, $i: ApplicationPayInput!) { applicationPay(id: $id, input: $i) { errors { code } } }", {
      id: appId,
      i: { billingAddress: { name: `${CANARY} Payer`, line1: "1 Main St", city: "Springfield", postalCode: "62701", country: "US" } },
    });
    const approved = await decide(admin, appId, "APPROVE", `Approved for ${CANARY}`);
    const number = approved.application!.credential!.number;
    await app.deliverMail();
    expect((await findCanaries()).length).toBeGreaterThan(5);

    const req = await client.ok<{ privacyRequestCreate: { privacyRequest: { id: string } } }>("mutation { privacyRequestCreate(input: { kind: DELETION, details: \"Please delete my account.\" }) { privacyRequest { id } errors { code } } }");
    const done = await admin.ok<{ privacyRequestComplete: { privacyRequest: { status: string }; errors: unknown[] } }>(
      "mutation($id: ID!) { privacyRequestComplete(id: $id, outcome: \"Identity confirmed; account deleted.\") { privacyRequest { status } errors { code } } }",
      { id: req.privacyRequestCreate.privacyRequest.id },
    );
    expect(done.privacyRequestComplete.privacyRequest.status).toBe("COMPLETED");
    const goodbye = (await app.deliverMail()).find((m) => m.to === input.email);
    expect(goodbye?.subject).toBe("Your account has been deleted");

    const left = await findCanaries();
    expect(left.filter((h) => !tables.some((t) => h.startsWith(`${t}.`)))).toEqual([]);
    expect(left.some((h) => h.startsWith("payments."))).toBe(true); // retained, and reported as kept

    const v = await app.client().ok<{ credentialVerify: { status: string; credential: { holderName: string } } }>("query($n: String!) { credentialVerify(number: $n) { status credential { holderName } } }", { n: number });
    expect(v.credentialVerify).toEqual({ status: "VALID", credential: { holderName: "(holder's name removed at their request)" } });
    const doc = await (await fetch(`${app.url}/credentials/${number}.json`)).json();
    expect(JSON.stringify(doc)).not.toContain(CANARY);
    const relogin = await app.client().ok<{ authLogin: { errors: { code: string }[] } }>("mutation($i: AuthLoginInput!) { authLogin(input: $i) { errors { code } } }", { i: { email: input.email, password: input.password } });
    expect(relogin.authLogin.errors[0].code).toBe("INVALID_CREDENTIALS");
    expect((await client.request("{ viewer { id } }")).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const [outcome] = await app.sql<{ outcome_enc: string; id: string }>("select id, outcome_enc from privacy_requests where id = $1", [req.privacyRequestCreate.privacyRequest.id]);
    const text = app.server.services.crypto.decrypt(aadFor("privacy_requests", "outcome", outcome.id), outcome.outcome_enc);
    expect(text).toMatch(/Kept: credentials — .*payments —/s);
  });
});
