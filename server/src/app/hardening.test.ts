import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, parse, print, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, LOGIN, registerUser, signIn } from "../test/factories";
import type { GraphQLTestClient } from "../test/graphql-client";
import { createArmor, GRAPHQL_LIMITS } from "./graphql-limits";
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

  it("each limit: a document at the limit passes, one past it fails before any resolver runs (SECURITY.md test 6)", async () => {
    const { client } = await registerUser(app);
    // Depth: no path in our schema is 12 deep, so the configured rule is checked on a recursive schema.
    const recursive = buildSchema("type Node { id: ID child: Node } type Query { node: Node }");
    const deep = (levels: number) => parse(`{ ${"node { ".repeat(1)}${"child { ".repeat(levels - 2)}id${" }".repeat(levels - 1)} }`);
    const rules = createArmor(false).validationRules;
    expect(validate(recursive, deep(GRAPHQL_LIMITS.depth), rules)).toEqual([]);
    expect(validate(recursive, deep(GRAPHQL_LIMITS.depth + 1), rules)[0]?.message).toMatch(/depth/i);
    // Directives (10), on the running API: non-repeatable @include on ten aliased fields.
    const directives = (n: number) => `{ viewer { ${Array.from({ length: n }, (_, i) => `d${i}: id @include(if: true)`).join(" ")} } }`;
    expect((await client.request(directives(10))).errors).toBeUndefined();
    expect((await client.request(directives(11))).errors?.[0].message).toMatch(/directive/i);
    // Tokens (1,000): a JSON literal argument adds one token per element and costs nothing else.
    const tokens = (elements: number) => `{ credentialVerifyDocument(document: { a: [${Array.from({ length: elements }, () => "1").join(" ")}] }) { steps { ok } } }`;
    expect((await client.request(tokens(981))).errors).toBeUndefined(); // 981 + 19 = 1,000 tokens
    expect((await client.request(tokens(982))).errors?.[0].message).toMatch(/token/i);
    // Page size (100).
    expect((await client.request("{ applications(first: 100) { totalCount } }")).errors).toBeUndefined();
    expect((await client.request("{ applications(first: 101) { totalCount } }")).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("secret-guessing mutations run at most once per document: aliased login attempts are refused before any is tried", async () => {
    const { input } = await registerUser(app);
    const before = await app.sql("select key, count from rate_limit_counters order by key");
    const twice = await app.client().request(
      `mutation { a: authLogin(input: { email: "${input.email}", password: "wrong guess one" }) { accessToken } b: authLogin(input: { email: "${input.email}", password: "wrong guess two" }) { accessToken } }`,
    );
    expect(twice.errors?.[0].message).toMatch(/at most once/);
    expect(twice.data ?? null).toBeNull();
    const viaFragment = await app.client().request(`mutation { ...F } fragment F on Mutation { authLogin(input: { email: "${input.email}", password: "wrong" }) { accessToken } }`);
    expect(viaFragment.errors?.[0].message).toMatch(/fragment/);
    expect(await app.sql("select key, count from rate_limit_counters order by key")).toEqual(before); // nothing was tried
    const once = await app.client().request<{ authLogin: { accessToken: string | null } }>(`mutation { authLogin(input: { email: "${input.email}", password: "${input.password}" }) { accessToken } }`);
    expect(once.data?.authLogin.accessToken).toBeTruthy();
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

describe("privacy requests [POL-RIGHT-ACCESS]", () => {
  it("POL-RIGHT-ACCESS: a person can make at most 10 privacy requests a day (each may start an export job); then RATE_LIMITED until the window passes", async () => {
    const { client } = await registerUser(app);
    const create = () => client.request<{ privacyRequestCreate: { errors: { code: string }[] } }>("mutation { privacyRequestCreate(input: { kind: ACCESS }) { errors { code } } }");
    for (let i = 0; i < 10; i++) expect((await create()).errors).toBeUndefined();
    expect((await create()).errors?.[0].extensions?.code).toBe("RATE_LIMITED");
  });
});
