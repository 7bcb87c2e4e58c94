import { randomUUID } from "node:crypto";
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLSchema,
} from "graphql";
import { getMetadataStorage } from "type-graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerUser } from "../test/factories";
import { createTestApp, type TestApp } from "../test/test-app";
import { createSchema, PUBLIC_OPERATIONS } from "./schema";

/** A syntactically valid literal for any input type (required fields only). */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type)}`).join(", ")} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case "ID":
        return `"${randomUUID()}"`;
      case "Int":
        return "1";
      case "Float":
        return "1.5";
      case "Boolean":
        return "true";
      case "DateTimeISO":
        return `"2026-01-01T00:00:00.000Z"`;
      default:
        return `"xxxx"`;
    }
  }
  throw new Error(`no literal for ${String(type)}`);
}

function documentFor(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type));
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type)}`).join(", ")})` : "";
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? "" : " { __typename }";
  return `${kind} { ${field.name}${argText}${selection} }`;
}

let app: TestApp;
let schema: GraphQLSchema;
beforeAll(async () => {
  app = await createTestApp();
  schema = await createSchema();
});
afterAll(() => app?.close());

function rootFields(): { kind: "query" | "mutation"; field: GraphQLField<unknown, unknown> }[] {
  return [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: "query" as const, field })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: "mutation" as const, field })),
  ];
}

/** Roles required by class-level @Authorized("…") of the resolver that defines a root field. */
function requiredRoles(name: string): string[] | null {
  const storage = getMetadataStorage();
  const def = [...storage.queries, ...storage.mutations].find((q) => q.schemaName === name);
  if (!def) return null;
  const cls = storage.authorizedResolver.find((r) => r.target === def.target);
  const field = storage.authorizedFields.find((f) => f.target === def.target && f.fieldName === def.methodName);
  return (field?.roles ?? cls?.roles ?? null) as string[] | null;
}

describe("access to every root operation [POL-SEC-RBAC]", () => {
  it("anonymous callers get UNAUTHENTICATED on every non-public operation, and nothing changes", async () => {
    const before = await app.sql("select (select count(*) from users) u, (select count(*) from applications) a, (select count(*) from programs) p");
    const client = app.client();
    const failures: string[] = [];
    for (const { kind, field } of rootFields()) {
      if (PUBLIC_OPERATIONS.has(field.name)) continue;
      const r = await client.request(documentFor(kind, field));
      const code = r.errors?.[0]?.extensions?.code;
      if (code !== "UNAUTHENTICATED") failures.push(`${field.name}: ${code ?? "no error"} ${JSON.stringify(r.errors?.[0]?.message)}`);
    }
    expect(failures).toEqual([]);
    expect(await app.sql("select (select count(*) from users) u, (select count(*) from applications) a, (select count(*) from programs) p")).toEqual(before);
  });

  it("applicants get FORBIDDEN on every staff- or admin-only operation", async () => {
    const { client } = await registerUser(app);
    const failures: string[] = [];
    let checked = 0;
    for (const { kind, field } of rootFields()) {
      const roles = requiredRoles(field.name);
      if (!roles || roles.length === 0 || roles.includes("APPLICANT")) continue;
      checked++;
      const r = await client.request(documentFor(kind, field));
      const code = r.errors?.[0]?.extensions?.code;
      if (code !== "FORBIDDEN") failures.push(`${field.name}: ${code ?? "no error"}`);
    }
    expect(checked).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });
});
