import { readFileSync } from "node:fs";
import path from "node:path";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, LOGIN, registerUser, signIn } from "../test/factories";
import type { GraphQLTestClient } from "../test/graphql-client";
import { createTestApp, type TestApp } from "../test/test-app";
import { APP_ASSIGN, createSubmittedAccreditation, decide } from "../test/workflow";

let app: TestApp;
let reviewer: GraphQLTestClient;
beforeAll(async () => {
  app = await createTestApp();
  const r = await createUser(app, { role: "REVIEWER", mfa: true });
  reviewer = app.client();
  await signIn(app, reviewer, r.email, r.secret);
});
afterAll(() => app?.close());

describe("field-level privacy [POL-SEC-RBAC]", () => {
  it("instructors are visible to the provider and staff only; reviewers' e-mails only to staff and themselves", async () => {
    const provider = await registerUser(app);
    const { applicationId, program } = await createSubmittedAccreditation(provider.client, "Instructor privacy");
    await reviewer.ok(APP_ASSIGN, { id: applicationId });
    await decide(reviewer, applicationId, "APPROVE");
    const Q = "query($s: String) { accreditedPrograms(search: $s) { id instructors { fullName } } }";
    const stranger = await registerUser(app);
    const seen = await stranger.client.ok<{ accreditedPrograms: { id: string; instructors: unknown[] }[] }>(Q, { s: "Instructor privacy" });
    expect(seen.accreditedPrograms.find((p) => p.id === program.id)?.instructors).toEqual([]);
    const own = await provider.client.ok<{ accreditedPrograms: { id: string; instructors: { fullName: string }[] }[] }>(Q, { s: "Instructor privacy" });
    expect(own.accreditedPrograms.find((p) => p.id === program.id)?.instructors).toEqual([{ fullName: "Grace Instructor" }]);
    const app1 = await provider.client.ok<{ application: { assignee: { email: string | null; firstName: string }; applicant: { email: string | null } } }>(
      "query($id: ID!) { application(id: $id) { assignee { firstName email } applicant { email } } }",
      { id: applicationId },
    );
    expect(app1.application.assignee.email).toBeNull();
    expect(app1.application.applicant.email).toBe(provider.input.email);
  });
});

describe("input handling", () => {
  it("ids that are not canonical UUIDs are not found, never a server error", async () => {
    const { client } = await registerUser(app);
    for (const id of ["000000000000000000000000000000000000", "x", "'; drop table users; --"]) {
      const r = await client.request<{ application: null; program: null; credential: null }>("query($id: ID!) { application(id: $id) { id } program(id: $id) { id } credential(id: $id) { id } }", { id });
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({ application: null, program: null, credential: null });
    }
    const f = await client.request("{ applications(filter: { programId: \"x\" }) { totalCount } programs(filter: { organizationId: \"y\" }) { totalCount } }");
    expect(f.errors).toBeUndefined();
    const bad = await fetch(`${app.url}/api/applications/00000000-0000-0000-0000-000000000000/evidence`, { method: "POST", headers: { authorization: `Bearer ${client.token}`, "x-filename": "%" }, body: "%PDF-1.7" });
    expect(bad.status).toBe(400);
  });

  it("GraphQL limits reject alias-heavy and oversized documents before any resolver runs", async () => {
    const { client } = await registerUser(app);
    // (Depth ≤ 12 is configured too; every operation the SPA sends is checked against all limits in e2e.)
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: viewer { id }`).join(" ")} }`;
    expect((await client.request(aliases)).errors?.[0].message).toMatch(/alias/i);
    const ok = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: viewer { id }`).join(" ")} }`;
    expect((await client.request(ok)).errors).toBeUndefined();
    const tokens = `{ viewer { ${Array.from({ length: 1100 }, () => "id").join(" ")} } }`;
    expect((await client.request(tokens)).errors?.[0].message).toMatch(/token/i);
  });
});

describe("the SPA's operations", () => {
  it("every typed operation in shared/ passes the schema and the GraphQL limits", async () => {
    const src = readFileSync(path.join(__dirname, "..", "..", "..", "shared", "src", "generated", "graphql.ts"), "utf8");
    const docs = [...src.matchAll(/export const (\w+)Document = (\{.*?\}) as unknown as DocumentNode/g)];
    expect(docs.length).toBeGreaterThan(20);
    const rejected: string[] = [];
    for (const [, name, json] of docs) {
      const r = await app.client().request(print(JSON.parse(json)));
      const bad = (r.errors ?? []).filter((e) => e.extensions?.code === "GRAPHQL_VALIDATION_FAILED" && !/Variable "\$\w+" of required type/.test(e.message));
      if (bad.length) rejected.push(`${name}: ${bad.map((e) => e.message).join("; ")}`);
    }
    expect(rejected).toEqual([]);
  });
});

describe("brute force [POL-SEC-MFA]", () => {
  it("parallel wrong passwords cannot exceed the per-account limit", async () => {
    const { input } = await registerUser(app);
    const client = app.client();
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) => client.ok<{ authLogin: { errors: { code: string }[] } }>(LOGIN, { input: { email: input.email, password: `wrong password number ${i}` } })),
    );
    const codes = results.map((r) => r.authLogin.errors[0].code);
    expect(codes.filter((c) => c === "INVALID_CREDENTIALS").length).toBeLessThanOrEqual(10);
    expect(codes.filter((c) => c === "RATE_LIMITED").length).toBeGreaterThanOrEqual(6);
  });
});
