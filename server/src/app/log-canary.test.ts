import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../common/logger";
import { registerUser, signIn, signedInStaff } from "../test/factories";
import { createTestApp, type TestApp } from "../test/test-app";
import { APP_SUBMIT, APP_CREATE, createProgram, decide } from "../test/workflow";

/**
 * Logs never carry personal data (POL-SEC-AUDIT, ASVS 16.2.5): the flows below run with unique
 * canaries in every personal field and in bad input, with the logger at its most verbose, and no
 * log line may contain any of them.
 */
const tag = randomBytes(4).toString("hex");
const C = {
  first: `Canaryfirst${tag}`,
  last: `Canarylast${tag}`,
  email: `canary.${tag}@example.org`,
  unknownEmail: `nobody.${tag}@example.org`,
  phone: `+1 555 01${tag.slice(0, 2).replace(/[a-f]/g, "7")}${tag.slice(2, 4).replace(/[a-f]/g, "3")}`,
  org: `Canaryorg${tag}`,
  password: `canary passphrase ${tag}`,
  statement: `Canarystatement${tag} describes twelve weeks of supervised practice.`,
  support: `Canarysupport${tag}`,
  details: `Canarydetails${tag}`,
  instructor: `Canaryinstructor${tag}`,
};

const lines: string[] = [];
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ logger: createLogger("trace", { destination: { write: (s: string) => void lines.push(s) } }) });
});
afterAll(() => app?.close());

describe("logs [POL-SEC-AUDIT]", () => {
  it("no personal value reaches any log line, through sign-up, sign-in, bad input, applications, support, privacy requests and e-mail", async () => {
    const { client, user } = await registerUser(app, { firstName: C.first, lastName: C.last, email: C.email, phone: C.phone, organizationName: C.org });
    // Sign-in: wrong password, unknown account, then right.
    for (const input of [{ email: C.email, password: `${C.password} wrong` }, { email: C.unknownEmail, password: C.password }]) {
      await app.client().request("mutation($i: AuthLoginInput!) { authLogin(input: $i) { errors { code } } }", { i: input });
    }
    await signIn(app, client, C.email);
    await app.client().request("mutation($e: String!) { authPasswordResetRequest(email: $e) }", { e: C.email });
    await app.client().request("mutation($e: String!) { authPasswordResetRequest(email: $e) }", { e: C.unknownEmail });
    // Bad input that echoes values: wrong types, too long, unparsable documents and bodies.
    await client.request("mutation($i: ProfileUpdateInput!) { profileUpdate(input: $i) { errors { code } } }", { i: { firstName: C.first.repeat(20), lastName: C.last } });
    await client.request("mutation($i: ProfileUpdateInput!) { profileUpdate(input: $i) { errors { code } } }", { i: { firstName: 42, lastName: C.last, phone: C.phone } as never });
    await client.request(`{ viewer { id ${C.email.replace(/[^a-z]/g, "")}( } }`);
    await fetch(`${app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: `{"query": "${C.email}` });
    await client.ok("mutation($i: ProfileUpdateInput!) { profileUpdate(input: $i) { errors { code } } }", { i: { firstName: C.first, lastName: C.last, phone: C.phone, organizationName: C.org } });

    // An application with a canary statement and instructor, decided by a reviewer.
    const program = await createProgram(client, `Program ${tag}`);
    await client.ok("mutation($id: ID!, $i: ProgramUpdateInput!) { programUpdate(id: $id, input: $i) { errors { code } } }", { id: program.id, i: { title: `Program ${tag}`, modules: [{ title: "Module one", hours: 10 }], instructors: [{ fullName: C.instructor, qualifications: "RN" }] } });
    const a = await client.ok<{ applicationCreate: { application: { id: string } } }>(APP_CREATE, { input: { kind: "PROGRAM_ACCREDITATION", programId: program.id, statement: C.statement } });
    await client.ok(APP_SUBMIT, { id: a.applicationCreate.application.id });
    const reviewer = (await signedInStaff(app, "REVIEWER")).client;
    await decide(reviewer, a.applicationCreate.application.id, "APPROVE", `Approved for ${C.first}`);

    // Support and privacy requests, the export job and every queued e-mail.
    await client.request("mutation($i: SupportRequestCreateInput!) { supportRequestCreate(input: $i) { errors { code } } }", { i: { kind: "SUPPORT", subject: `Help ${C.support}`, body: `${C.support} ${C.email} ${C.phone}` } });
    const pr = await client.ok<{ privacyRequestCreate: { privacyRequest: { id: string } } }>("mutation($i: PrivacyRequestCreateInput!) { privacyRequestCreate(input: $i) { privacyRequest { id } } }", { i: { kind: "EXPORT", details: C.details } });
    await app.server.services.privacyRequests.runExport(pr.privacyRequestCreate.privacyRequest.id);
    await app.deliverMail();
    await app.client().request("mutation($i: PrivacyRequestStartInput!) { privacyRequestStart(input: $i) { errors { code } } }", { i: { email: C.email, kind: "ACCESS", details: C.details } });
    await app.deliverMail();

    expect(user.id).toBeTruthy();
    expect(lines.join("")).toContain("mail delivered"); // the logger did see these flows
    const text = lines.join("").toLowerCase();
    const leaked = Object.entries(C).filter(([, v]) => text.includes(v.toLowerCase()) || text.includes(v.toLowerCase().replace(/\s+/g, "")));
    expect(leaked.map(([k]) => k)).toEqual([]);
  });
});
