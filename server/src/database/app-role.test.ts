import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { startServer } from "../app/bootstrap";
import { loadConfig } from "../app/config";
import { FixedClock } from "../common/clock";
import { registerUser, signIn } from "../test/factories";
import { GraphQLTestClient } from "../test/graphql-client";
import { createTestDatabase, testEnv, type TestApp } from "../test/test-app";
import { createSubmittedAccreditation } from "../test/workflow";
import { ensureAppRole } from "./app-role";

const dir = mkdtempSync(path.join(os.tmpdir(), "ccp-role-"));
const role = `ccp_app_${randomBytes(4).toString("hex")}`;
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  const c = new Client({ connectionString: inject("adminDatabaseUrl") });
  await c.connect();
  await c.query(`drop role if exists ${role}`).catch(() => undefined);
  await c.end();
});

async function asRole<T>(url: string, sql: string): Promise<{ ok: true; rows: T[] } | { ok: false; code: string }> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return { ok: true, rows: (await c.query(sql)).rows as T[] };
  } catch (err) {
    return { ok: false, code: (err as { code: string }).code };
  } finally {
    await c.end();
  }
}

describe("least-privilege database role [POL-SEC-AUDIT][POL-SEC-RBAC]", () => {
  it("POL-SEC-AUDIT: the app runs as a role that cannot change or delete the audit trail, nor change the schema, and everything still works", async () => {
    const db = await createTestDatabase();
    let server: Awaited<ReturnType<typeof startServer>> | undefined;
    try {
      const clock = new FixedClock(new Date("2026-06-15T12:00:00.000Z"));
      const config = loadConfig(testEnv(dir));
      // The owner migrates once; then the role is made and the app runs as it, jobs included.
      await (await startServer({ config, clock, databaseUrl: db.url, jobs: false })).close();
      const appUrl = await ensureAppRole(db.url, role, randomBytes(18).toString("base64url"));
      server = await startServer({ config, clock, databaseUrl: appUrl, migrationUrl: db.url, jobs: true });
      const app = { url: server.url, clock, client: () => new GraphQLTestClient(server!.url) } as unknown as TestApp;
      const { client, input } = await registerUser(app);
      await createSubmittedAccreditation(client, "Least privilege program");
      await signIn(app, client, input.email);
      expect((await client.ok<{ viewer: { email: string } }>("{ viewer { email } }")).viewer.email).toBe(input.email);

      expect(await asRole(appUrl, "update audit_events set action = 'covered.up'")).toEqual({ ok: false, code: "42501" });
      expect(await asRole(appUrl, "delete from audit_events")).toEqual({ ok: false, code: "42501" });
      expect(await asRole(appUrl, "truncate audit_events")).toEqual({ ok: false, code: "42501" });
      expect(await asRole(appUrl, "drop table users")).toEqual({ ok: false, code: "42501" });
      expect(await asRole(appUrl, "alter table audit_events disable trigger all")).toEqual({ ok: false, code: "42501" });
      expect(await asRole(appUrl, "delete from migrations")).toEqual({ ok: false, code: "42501" });
      const read = await asRole<{ n: string }>(appUrl, "select count(*) n from audit_events");
      expect(read.ok && Number(read.rows[0].n)).toBeGreaterThan(0);
      // Running it again (after an upgrade) is harmless and keeps the same rights.
      await ensureAppRole(db.url, role, randomBytes(18).toString("base64url"));
      await expect(ensureAppRole(db.url, "Bad-Name", "x".repeat(20))).rejects.toThrow(/role name/);
      await expect(ensureAppRole(db.url, role, "short")).rejects.toThrow(/16 characters/);
    } finally {
      await server?.close();
      await db.drop();
    }
  }, 120_000);
});
