import fc from "fast-check";
import {
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_ERROR_CODES } from "../common/graphql/errors";
import { createUser, registerUser, signIn } from "../test/factories";
import type { GraphQLTestClient } from "../test/graphql-client";
import { rootFields } from "../test/schema-documents";
import { createTestApp, type TestApp } from "../test/test-app";
import { createSchema } from "./schema";

/**
 * Schema-driven fuzzing (SECURITY.md test 5): for every root operation, fast-check makes argument
 * values from the GraphQL input types — hostile strings, extreme numbers, wrong-but-typed ids,
 * nested inputs — and sends them as variables, as an anonymous caller, an applicant and an admin.
 * Never a 5xx, never a stack trace or an internal path, only error codes from the public
 * allow-list, and the database invariants hold afterwards. Bounded: a few runs per operation and a
 * fixed seed, so a failure is reproducible (FUZZ_SEED and FUZZ_RUNS override them).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const RUNS = Number(process.env.FUZZ_RUNS ?? 4);

const HOSTILE = [
  "",
  " ",
  "'; drop table users; --",
  "<script>alert(1)</script>",
  "\u0000",
  "\u202e\u0647",
  "../../etc/passwd",
  "%00%ff",
  "{{7*7}}",
  "x".repeat(20_000),
  "00000000-0000-0000-0000-000000000000",
  "CCP-2026-AAAA-BBBB",
];

const scalar = (name: string): fc.Arbitrary<unknown> => {
  switch (name) {
    case "ID":
      return fc.oneof(fc.uuid(), fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 }));
    case "Int":
      return fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 101, 1000));
    case "Float":
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case "Boolean":
      return fc.boolean();
    case "DateTimeISO":
      return fc.oneof(fc.date({ noInvalidDate: true, min: new Date("1900-01-01"), max: new Date("2200-01-01") }).map((d) => d.toISOString()), fc.constantFrom("not a date", "2026-02-30T00:00:00Z"));
    case "JSONObject":
      return fc.dictionary(fc.string({ maxLength: 20 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 });
    default:
      return fc.oneof(fc.string({ maxLength: 300, unit: "binary" }), fc.constantFrom(...HOSTILE), fc.emailAddress());
  }
};

function arbitraryFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryFor(type.ofType, depth);
  const inner = (): fc.Arbitrary<unknown> => {
    if (isListType(type)) return fc.array(arbitraryFor(type.ofType, depth + 1), { maxLength: depth > 2 ? 0 : 4 });
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      return fc.record(
        Object.fromEntries(fields.map((f) => [f.name, arbitraryFor(f.type, depth + 1)])),
        { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) },
      );
    }
    if (isScalarType(type)) return scalar(type.name);
    throw new Error(`no arbitrary for ${String(type)}`);
  };
  return inner();
}

const typeText = (t: GraphQLInputType): string => String(t);

let app: TestApp;
let schema: GraphQLSchema;
const callers: Record<string, GraphQLTestClient> = {};
beforeAll(async () => {
  app = await createTestApp();
  schema = await createSchema();
  callers.anonymous = app.client();
  callers.applicant = (await registerUser(app)).client;
  const a = await createUser(app, { role: "ADMIN", mfa: true });
  callers.admin = app.client();
  await signIn(app, callers.admin, a.email, a.secret);
});
afterAll(() => app?.close());

const STACK = /\n\s+at |node_modules|\/src\/|\.ts:\d+|\.js:\d+|QueryFailedError|TypeORM/;

describe("schema-driven fuzzing [POL-SEC-RBAC] (SECURITY.md test 5)", () => {
  for (const caller of ["anonymous", "applicant", "admin"]) {
    it(`${caller}: every operation with generated arguments answers without 5xx, stack traces or unlisted error codes`, async () => {
      const problems: string[] = [];
      const ops = rootFields(schema).sort((a, b) => Number(a.key === "Mutation.authLogout") - Number(b.key === "Mutation.authLogout"));
      let requests = 0;
      for (const { kind, key, field } of ops) {
        const vars = field.args.map((a) => `$${a.name}: ${typeText(a.type)}`).join(", ");
        const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
        const named = getNamedType(field.type);
        const selection = isScalarType(named) || isEnumType(named) ? "" : " { __typename }";
        const doc = `${kind} Fuzz${vars ? `(${vars})` : ""} { ${field.name}${args ? `(${args})` : ""}${selection} }`;
        const variables = fc.record(Object.fromEntries(field.args.map((a) => [a.name, isNonNullType(a.type) ? arbitraryFor(a.type) : fc.option(arbitraryFor(a.type), { nil: null })])));
        for (const sample of fc.sample(variables, { numRuns: RUNS, seed: SEED + requests })) {
          requests++;
          const res = await fetch(`${app.url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", ...(callers[caller].token ? { authorization: `Bearer ${callers[caller].token}` } : {}) },
            body: JSON.stringify({ query: doc, variables: sample }),
          });
          const text = await res.text();
          if (res.status >= 500) problems.push(`${key}: HTTP ${res.status}`);
          if (STACK.test(text)) problems.push(`${key}: stack trace or internals in ${text.slice(0, 200)}`);
          let body: { errors?: { extensions?: { code?: string } }[] } = {};
          try {
            body = JSON.parse(text) as typeof body;
          } catch {
            problems.push(`${key}: not JSON (HTTP ${res.status})`);
          }
          for (const e of body.errors ?? []) {
            const code = e.extensions?.code ?? "(none)";
            if (!PUBLIC_ERROR_CODES.has(code)) problems.push(`${key}: code ${code} with ${JSON.stringify(sample).slice(0, 160)}`);
          }
        }
      }
      expect(problems).toEqual([]);
      expect(requests).toBeGreaterThan(ops.length);

      // Invariants: the API still answers, and no row lost its owner or left the state machine.
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
      const broken = await app.sql<{ what: string; n: string }>(`
        select 'applications without applicant' what, count(*) n from applications a where not exists (select 1 from users u where u.id = a.applicant_user_id)
        union all select 'credentials with unknown status', count(*) from credentials where status not in ('ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED')
        union all select 'sessions without user', count(*) from sessions s where not exists (select 1 from users u where u.id = s.user_id)
        union all select 'users with a plaintext e-mail', count(*) from users where email_enc not like 'v1.%'`);
      expect(broken.filter((b) => Number(b.n) > 0)).toEqual([]);
    }, 180_000);
  }
});
