import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { getMetadataStorage } from "type-graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/test-app";
import { registerUser } from "../test/factories";
import { compressible } from "./http";
import { createSchema, printSortedSchema, PUBLIC_OPERATIONS, SCHEMA_FILE } from "./schema";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

describe("schema", () => {
  it("[POL-SEC-RBAC] every root operation is either @Authorized or explicitly public", async () => {
    const schema = await createSchema();
    const storage = getMetadataStorage();
    const authorized = new Set<string>();
    for (const f of storage.authorizedFields) authorized.add(f.fieldName);
    for (const r of storage.authorizedResolver) {
      for (const q of [...storage.queries, ...storage.mutations]) if (q.target === r.target) authorized.add(q.schemaName);
    }
    const roots = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    const unguarded = roots.filter((f) => !authorized.has(f) && !PUBLIC_OPERATIONS.has(f));
    expect(unguarded).toEqual([]);
    const both = roots.filter((f) => authorized.has(f) && PUBLIC_OPERATIONS.has(f));
    expect(both).toEqual([]);
  });

  it("server/schema.graphql is what the code emits (run schema:emit when this fails)", async () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(printSortedSchema(await createSchema()));
  });
});

describe("HTTP", () => {
  it("answers /healthz with 200 {status: ok} once the database answers", async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("[POL-SEC-TRANSIT] sends security headers, no-store on the API and a request id", async () => {
    const res = await fetch(`${app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ viewer { id } }" }) });
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=31536000/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("refuses batched requests, bodies over 100 kB and CSRF-prone simple requests", async () => {
    const batch = await fetch(`${app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify([{ query: "{ viewer { id } }" }, { query: "{ viewer { id } }" }]) });
    expect(batch.status).toBe(400);
    const big = await fetch(`${app.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `{ viewer { id } } # ${"x".repeat(110_000)}` }) });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ errors: [{ extensions: { code: "BAD_REQUEST" } }] });
    const simple = await fetch(`${app.url}/graphql?query=${encodeURIComponent("{ viewer { id } }")}`);
    expect(simple.status).toBe(400);
  });

  it("compresses large answers (API, credential files), but never one that sets a cookie", async () => {
    const gzip = { "content-type": "application/json", "accept-encoding": "gzip" };
    const big = await fetch(`${app.url}/graphql`, { method: "POST", headers: gzip, body: JSON.stringify({ query: "{ currentPolicyVersions { id title body } }" }) });
    expect(big.headers.get("content-encoding")).toBe("gzip");
    expect(((await big.json()) as { data: { currentPolicyVersions: unknown[] } }).data.currentPolicyVersions.length).toBeGreaterThan(0);
    const small = await fetch(`${app.url}/graphql`, { method: "POST", headers: gzip, body: JSON.stringify({ query: "{ viewer { id } }" }) });
    expect(small.headers.get("content-encoding")).toBeNull();
    const schema = await fetch(`${app.url}/api/privacy/export-schema.json`, { headers: { "accept-encoding": "gzip" } });
    expect(schema.headers.get("content-encoding")).toBe("gzip");
    // An answer carrying a fresh token (it sets the refresh cookie) stays uncompressed, however large.
    const asIf = (headers: Record<string, string>) => ({ getHeader: (n: string) => headers[n.toLowerCase()], get: () => undefined }) as unknown as ServerResponse;
    const req = { headers: { "accept-encoding": "gzip" } } as IncomingMessage;
    expect(compressible(req, asIf({ "content-type": "application/json" }))).toBe(true);
    expect(compressible(req, asIf({ "content-type": "application/json", "set-cookie": "__Host-ccp_rt=x" }))).toBe(false);
  });

  it("masks unexpected errors: INTERNAL_SERVER_ERROR with a request id, no details", async () => {
    const { client, user } = await registerUser(app);
    // Corrupt a stored envelope so decryption throws inside a resolver.
    await app.sql("update users set first_name_enc = 'v1.t1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAA' where id = $1", [user.id]);
    const r = await client.request("{ viewer { firstName } }");
    expect(r.errors?.[0].extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(r.errors?.[0].message).toMatch(/^Something went wrong on our side\. Reference: [0-9a-f-]{36}$/);
    expect(JSON.stringify(r.errors)).not.toMatch(/authentication failed|FieldCrypto|stack/i);
  });
});

describe("audit log", () => {
  it("[POL-SEC-AUDIT] is append-only at the database level", async () => {
    await registerUser(app);
    await expect(app.sql("update audit_events set action = 'x'")).rejects.toThrow(/append-only/);
    await expect(app.sql("delete from audit_events")).rejects.toThrow(/append-only/);
    await expect(app.sql("truncate audit_events")).rejects.toThrow(/append-only/);
    const rows = await app.sql<{ metadata: unknown }>("select metadata from audit_events");
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe("CORS allow-list", () => {
  it("[POL-SEC-TRANSIT] only origins in CORS_ORIGINS get CORS headers; without it the API stays same-origin", async () => {
    const allowed = "https://portal.example.org";
    const other = await createTestApp({ env: { CORS_ORIGINS: `${allowed}, https://hr.example.com` } });
    try {
      const preflight = (base: string, origin: string) =>
        fetch(`${base}/graphql`, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" } });
      const ok = await preflight(other.url, allowed);
      expect(ok.status).toBe(204);
      expect(ok.headers.get("access-control-allow-origin")).toBe(allowed);
      expect(ok.headers.get("access-control-allow-headers")).toContain("authorization");
      expect(ok.headers.get("access-control-allow-credentials")).toBeNull();
      expect((await preflight(other.url, "https://evil.example.net")).headers.get("access-control-allow-origin")).toBeNull();
      // The verification hot path leaves cross-origin browser calls to Express, so they get the header too.
      const post = await fetch(`${other.url}/graphql`, { method: "POST", headers: { origin: allowed, "content-type": "application/json" }, body: JSON.stringify({ query: '{ credentialVerify(number: "CCP-2026-AAAA-BBBB") { status } }' }) });
      expect(await post.json()).toEqual({ data: { credentialVerify: { status: "NOT_FOUND" } } });
      expect(post.headers.get("access-control-allow-origin")).toBe(allowed);
      expect((await preflight(app.url, allowed)).headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await other.close();
    }
  });
});

describe("production mode (SECURITY.md: 4.3.2, 16.5.1)", () => {
  it("no introspection, no field suggestions, no landing page, no query counts; errors keep their stable codes", async () => {
    const prod = await createTestApp({ env: { NODE_ENV: "production" } });
    try {
      const client = prod.client();
      const intro = await client.request("{ __schema { types { name } } }");
      expect(intro.errors?.[0].message).toMatch(/introspection/i);
      const typo = await client.request("{ viewr { id } }");
      expect(typo.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(JSON.stringify(typo.errors)).not.toMatch(/did you mean/i);
      const landing = await fetch(`${prod.url}/graphql`, { headers: { accept: "text/html" } });
      expect(landing.headers.get("content-type") ?? "").not.toContain("text/html");
      expect(await landing.text()).not.toMatch(/<html|sandbox|embeddable/i);
      const res = await fetch(`${prod.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ currentPolicyVersions { id } }" }) });
      expect(res.status).toBe(200);
      expect(res.headers.get("x-query-count")).toBeNull();
      expect(res.headers.get("strict-transport-security")).toContain("max-age=31536000");
    } finally {
      await prod.close();
    }
  });
});
