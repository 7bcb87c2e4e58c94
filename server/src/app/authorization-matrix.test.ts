import type { GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprint, type TableFingerprint } from "../database/backup";
import { createUser, registerUser, signIn } from "../test/factories";
import type { GraphQLTestClient } from "../test/graphql-client";
import { documentFor, rootFields } from "../test/schema-documents";
import { createTestApp, type TestApp } from "../test/test-app";
import { APP_CREATE, createProgram, createSubmittedAccreditation, decide, STATEMENT } from "../test/workflow";
import { HTTP_RULES, OBJECT_RULES, OPERATION_MATRIX, ROLES, type Role } from "./authorization-matrix";
import { createSchema } from "./schema";

let app: TestApp;
let schema: GraphQLSchema;
const clients = {} as Record<Role, GraphQLTestClient>;

beforeAll(async () => {
  app = await createTestApp();
  schema = await createSchema();
  clients.anonymous = app.client();
  clients.applicant = (await registerUser(app)).client;
  for (const role of ["reviewer", "admin"] as const) {
    const u = await createUser(app, { role: role === "admin" ? "ADMIN" : "REVIEWER", mfa: true });
    clients[role] = app.client();
    await signIn(app, clients[role], u.email, u.secret);
  }
  const key = async (scopes: string[]) => {
    const r = await clients.admin.ok<{ apiKeyCreate: { secret: string } }>("mutation($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { secret } }", { i: { name: `matrix ${scopes.join(" ")}`, scopes } });
    const c = app.client();
    c.token = r.apiKeyCreate.secret;
    return c;
  };
  clients.integrator = await key(["CREDENTIALS_VERIFY", "CREDENTIALS_READ", "WEBHOOKS_MANAGE"]);
  clients.integratorWithoutScope = await key(["CREDENTIALS_READ"]);
});
afterAll(() => app?.close());

const DENIED = new Set(["UNAUTHENTICATED", "FORBIDDEN"]);
/** Operations that end the caller's session run last, so the rest run signed in. */
const SESSION_ENDING = new Set(["Mutation.authLogout"]);
/**
 * What a denied call may still change: counters of the rate limiter (a denied caller is still
 * counted) and an API key's last-used time (the key did authenticate) — nothing else.
 */
const VOLATILE = new Set(["rate_limit_counters", "api_keys"]);

async function snapshot(): Promise<{ tables: Record<string, TableFingerprint>; apiKeys: unknown[] }> {
  return {
    tables: await fingerprint(app.databaseUrl),
    apiKeys: await app.sql("select id, name, secret_hash, scopes, rate_limit_per_minute, revoked_at from api_keys order by id"),
  };
}

function changed(before: Awaited<ReturnType<typeof snapshot>>, after: Awaited<ReturnType<typeof snapshot>>): string[] {
  const tables = Object.keys({ ...before.tables, ...after.tables }).filter(
    (t) => !VOLATILE.has(t) && (before.tables[t]?.checksum !== after.tables[t]?.checksum || before.tables[t]?.rows !== after.tables[t]?.rows),
  );
  return JSON.stringify(before.apiKeys) === JSON.stringify(after.apiKeys) ? tables : [...tables, "api_keys (other than last_used_at)"];
}

describe("object-level and HTTP rules [POL-SEC-RBAC]", () => {
  it("every rule in OBJECT_RULES and HTTP_RULES holds for the owner, other people, staff and anonymous callers", async () => {
    // The matrix run above ended its staff sessions (authLogout is allowed to everyone): fresh ones here.
    const staff = {} as Record<"reviewer" | "admin", GraphQLTestClient>;
    for (const role of ["reviewer", "admin"] as const) {
      const u = await createUser(app, { role: role === "admin" ? "ADMIN" : "REVIEWER", mfa: true });
      staff[role] = app.client();
      await signIn(app, staff[role], u.email, u.secret);
    }
    const owner = await registerUser(app);
    const other = await registerUser(app);
    const { applicationId } = await createSubmittedAccreditation(owner.client, "Matrix program");
    const credential = (await decide(staff.reviewer, applicationId, "APPROVE")).application!.credential! as unknown as { id: string; number: string };
    const program = await createProgram(owner.client, "Matrix draft program");
    const draft = (await owner.client.ok<{ applicationCreate: { application: { id: string } } }>(APP_CREATE, { input: { kind: "PROGRAM_ACCREDITATION", programId: program.id, statement: STATEMENT } })).applicationCreate.application;
    const request = (await owner.client.ok<{ privacyRequestCreate: { privacyRequest: { id: string } } }>("mutation { privacyRequestCreate(input: { kind: EXPORT }) { privacyRequest { id } } }")).privacyRequestCreate.privacyRequest;
    await app.server.services.privacyRequests.runExport(request.id);
    const upload = (token: string | null, appId: string) =>
      fetch(`${app.url}/api/applications/${appId}/evidence`, { method: "POST", headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), "x-filename": "certificate.pdf" }, body: "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF" });
    const get = (path: string, token?: string | null) => fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    const checks: Record<string, () => Promise<void>> = {
      "application.other": async () => {
        const q = "query($id: ID!) { application(id: $id) { id } }";
        expect((await other.client.ok<{ application: null }>(q, { id: applicationId })).application).toBeNull();
        expect((await owner.client.ok<{ application: { id: string } }>(q, { id: applicationId })).application.id).toBe(applicationId);
        expect((await staff.reviewer.ok<{ application: { id: string } }>(q, { id: applicationId })).application.id).toBe(applicationId);
      },
      "application.update.other": async () => {
        const before = await app.sql("select statement_enc, updated_at from applications where id = $1", [draft.id]);
        const r = await other.client.ok<{ applicationUpdate: { errors: { code: string }[] } }>("mutation($id: ID!) { applicationUpdate(id: $id, input: { statement: \"Taken over by someone else entirely.\" }) { errors { code } } }", { id: draft.id });
        expect(r.applicationUpdate.errors[0].code).toBe("NOT_FOUND");
        expect(await app.sql("select statement_enc, updated_at from applications where id = $1", [draft.id])).toEqual(before);
      },
      "credential.other": async () => {
        const q = "query($id: ID!) { credential(id: $id) { id } }";
        expect((await other.client.ok<{ credential: null }>(q, { id: credential.id })).credential).toBeNull();
        expect((await owner.client.ok<{ credential: { id: string } }>(q, { id: credential.id })).credential.id).toBe(credential.id);
        expect((await staff.admin.ok<{ credential: { id: string } }>(q, { id: credential.id })).credential.id).toBe(credential.id);
      },
      "credentialVerifications.other": async () => {
        const q = "query($id: ID!) { credentialVerifications(credentialId: $id) { id } }";
        expect((await other.client.ok<{ credentialVerifications: null }>(q, { id: credential.id })).credentialVerifications).toBeNull();
        expect((await owner.client.ok<{ credentialVerifications: unknown[] }>(q, { id: credential.id })).credentialVerifications).toEqual([]);
      },
      "privacyRequest.other": async () => {
        const q = "query($id: ID!) { privacyRequest(id: $id) { id } }";
        expect((await other.client.ok<{ privacyRequest: null }>(q, { id: request.id })).privacyRequest).toBeNull();
        expect((await owner.client.ok<{ privacyRequest: { id: string } }>(q, { id: request.id })).privacyRequest.id).toBe(request.id);
      },
      "user.email.field": async () => {
        const q = "query($id: ID!) { application(id: $id) { applicant { email } } }";
        expect((await owner.client.ok<{ application: { applicant: { email: string } } }>(q, { id: applicationId })).application.applicant.email).toBe(owner.input.email);
        expect((await staff.reviewer.ok<{ application: { applicant: { email: string } } }>(q, { id: applicationId })).application.applicant.email).toBe(owner.input.email);
        expect((await other.client.ok<{ application: null }>(q, { id: applicationId })).application).toBeNull();
      },
      "credential.files": async () => {
        for (const path of [`/credentials/${credential.number}.json`, `/credentials/${credential.number}.pdf`, `/credentials/${credential.number}.svg`, "/.well-known/did.json"]) expect((await get(path)).status, path).toBe(200);
      },
      "evidence.upload": async () => {
        expect((await upload(null, draft.id)).status).toBe(401);
        expect((await upload(other.client.token, draft.id)).status).toBe(404);
        expect(await app.sql("select 1 from evidence_files where application_id = $1", [draft.id])).toEqual([]);
        expect((await upload(owner.client.token, draft.id)).status).toBe(201);
      },
      "evidence.download": async () => {
        const [{ id }] = await app.sql<{ id: string }>("select id from evidence_files where application_id = $1", [draft.id]);
        expect((await get(`/api/evidence/${id}`)).status).toBe(401);
        expect((await get(`/api/evidence/${id}`, other.client.token)).status).toBe(404);
        expect((await get(`/api/evidence/${id}`, owner.client.token)).status).toBe(200);
        expect((await get(`/api/evidence/${id}`, staff.admin.token)).status).toBe(200);
      },
      "export.download": async () => {
        const path = `/api/privacy-requests/${request.id}/export`;
        expect((await get(path)).status).toBe(401);
        expect((await get(path, other.client.token)).status).toBe(404);
        expect((await get(path, staff.admin.token)).status).toBe(404);
        expect((await get(path, owner.client.token)).status).toBe(200);
      },
      "audit.export": async () => {
        expect((await get("/api/audit/export")).status).toBe(401);
        expect((await get("/api/audit/export", owner.client.token)).status).toBe(403);
        expect((await get("/api/audit/export", staff.reviewer.token)).status).toBe(403);
        expect((await get("/api/audit/export", staff.admin.token)).status).toBe(200);
      },
      "admin.exports": async () => {
        for (const list of ["applications", "credentials", "people", "privacy-requests", "payments"]) {
          const path = `/api/admin/exports/${list}.csv`;
          expect((await get(path)).status, path).toBe(401);
          expect((await get(path, owner.client.token)).status, path).toBe(403);
          expect((await get(path, staff.reviewer.token)).status, path).toBe(403);
          expect((await get(path, staff.admin.token)).status, path).toBe(200);
        }
      },
      "payments.webhook": async () => {
        const r = await fetch(`${app.url}/api/webhooks/stripe`, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": "t=1,v1=forged" }, body: "{}" });
        expect(r.status).toBe(400);
      },
    };
    const ids = [...OBJECT_RULES.map((r) => r.id), ...HTTP_RULES.map((r) => r.id)];
    expect(ids.filter((id) => !checks[id])).toEqual([]); // a rule without a check fails here
    // evidence.upload runs before evidence.download (the upload is what is downloaded).
    for (const id of ids) await checks[id]();
  });
});

// Runs after the object-level rules: allowed admin operations called with placeholder arguments change settings.
describe("authorization matrix [POL-SEC-RBAC] (SECURITY.md test 1)", () => {
  it("has exactly one row for every root operation of the schema", () => {
    const inSchema = rootFields(schema).map((f) => f.key).sort();
    const missing = inSchema.filter((k) => !OPERATION_MATRIX[k]);
    const stale = Object.keys(OPERATION_MATRIX).filter((k) => !inSchema.includes(k));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  for (const role of ROLES) {
    it(`${role}: every operation the matrix denies is refused (UNAUTHENTICATED or FORBIDDEN) and changes nothing; every one it allows gets past access control`, async () => {
      const client = clients[role];
      const ops = rootFields(schema).filter((f) => OPERATION_MATRIX[f.key]);
      const denied = ops.filter((f) => !OPERATION_MATRIX[f.key][role]);
      const allowed = ops.filter((f) => OPERATION_MATRIX[f.key][role]).sort((a, b) => Number(SESSION_ENDING.has(a.key)) - Number(SESSION_ENDING.has(b.key)));
      const wrong: string[] = [];

      const before = await snapshot();
      for (const { kind, key, field } of denied) {
        const r = await client.request(documentFor(kind, field));
        const code = r.errors?.[0]?.extensions?.code as string | undefined;
        if (!code || !DENIED.has(code)) wrong.push(`${key} should be denied, got ${code ?? "data"}`);
        if (r.data && Object.values(r.data).some((v) => v !== null)) wrong.push(`${key} was denied but returned data`);
      }
      expect(changed(before, await snapshot())).toEqual([]);

      for (const { kind, key, field } of allowed) {
        const r = await client.request(documentFor(kind, field));
        const code = r.errors?.[0]?.extensions?.code as string | undefined;
        if (code && DENIED.has(code)) wrong.push(`${key} should be allowed, got ${code}: ${r.errors?.[0]?.message}`);
        if (code === "INTERNAL_SERVER_ERROR") wrong.push(`${key} failed: INTERNAL_SERVER_ERROR`);
      }
      expect(wrong).toEqual([]);
      expect(denied.length + allowed.length).toBe(Object.keys(OPERATION_MATRIX).length);
    });
  }
});
