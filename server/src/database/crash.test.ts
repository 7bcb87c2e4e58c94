import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../app/bootstrap";
import { loadConfig } from "../app/config";
import { FixedClock } from "../common/clock";
import { registerUser } from "../test/factories";
import { freePort } from "../test/global-setup";
import { testEnv, type TestApp } from "../test/test-app";
import { GraphQLTestClient } from "../test/graphql-client";
import { type EmbeddedDatabase, startEmbeddedPostgres } from "./embedded";

/**
 * Crash safety (SECURITY.md test 11, as PostgreSQL tests itself): the database is stopped the
 * hard way (`pg_ctl stop -m immediate`, i.e. SIGQUIT to the postmaster) in the middle of a burst of
 * writes. Every write the API acknowledged must be there after crash recovery, every transaction
 * is all-or-nothing, and the API answers again without being restarted.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), "ccp-crash-"));
chmodSync(dir, 0o755);
let port: number;
let db: EmbeddedDatabase;
let server: RunningServer;
const clock = new FixedClock(new Date("2026-06-15T12:00:00.000Z"));

beforeAll(async () => {
  port = await freePort();
  db = await startEmbeddedPostgres({ dataDir: path.join(dir, "db"), port, database: "ccp_crash" });
  const config = loadConfig(testEnv(path.join(dir, "app")));
  server = await startServer({ config, clock, databaseUrl: db.url, jobs: false });
}, 120_000);
afterAll(async () => {
  await server?.close();
  await db?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const CREATE = "mutation($i: SupportRequestCreateInput!) { supportRequestCreate(input: $i) { supportRequest { id } errors { code } } }";

describe("crash safety [POL-SEC-BACKUP]", () => {
  it("an immediate stop of PostgreSQL during a burst of writes loses no acknowledged write, and the API recovers by itself", async () => {
    const app = { url: server.url, clock, client: () => new GraphQLTestClient(server.url) } as unknown as TestApp;
    const { client } = await registerUser(app);
    const acknowledged: string[] = [];
    let failed = 0;
    let crashed = false;
    const crash = () => {
      crashed = true;
      const pid = Number(readFileSync(path.join(dir, "db", "pg", "postmaster.pid"), "utf8").split("\n")[0]);
      process.kill(pid, "SIGQUIT"); // immediate shutdown: no checkpoint, backends killed mid-transaction
    };
    const worker = async (w: number) => {
      for (let i = 0; i < 40; i++) {
        const r = await client.request<{ supportRequestCreate: { supportRequest: { id: string } | null } }>(CREATE, { i: { kind: "SUPPORT", subject: `Burst ${w}-${i}`, body: "Write that must survive a crash." } }).catch(() => null);
        const id = r?.data?.supportRequestCreate?.supportRequest?.id;
        if (id) acknowledged.push(id);
        else failed++;
        if (!crashed && acknowledged.length >= 30) crash();
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));
    expect(crashed).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(30);
    expect(failed).toBeGreaterThan(0); // the crash really happened while writes were in flight

    // Crash recovery (WAL replay), then the same API process, not restarted.
    db = await startEmbeddedPostgres({ dataDir: path.join(dir, "db"), port, database: "ccp_crash" });
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      const { rows } = await pg.query<{ id: string }>("select id from support_requests where id = any($1)", [acknowledged]);
      expect(rows.length).toBe(acknowledged.length);
      // All or nothing: every request that exists has its first message and its audit event.
      const orphans = await pg.query(
        `select r.id from support_requests r
          where not exists (select 1 from audit_events a where a.target_id = r.id::text and a.action = 'support.created')
             or not exists (select 1 from messages m where m.thread_type = 'SUPPORT' and m.thread_id = r.id)`,
      );
      expect(orphans.rows).toEqual([]);
    } finally {
      await pg.end();
    }
    // The pool drops the dead connections and reconnects: a few attempts, no restart.
    let recovered = false;
    for (let attempt = 0; attempt < 5 && !recovered; attempt++) {
      const h = await fetch(`${server.url}/healthz`);
      const r = await client.request<{ supportRequestCreate: { supportRequest: { id: string } | null } }>(CREATE, { i: { kind: "SUPPORT", subject: "After the crash", body: "The API answers again." } });
      recovered = h.status === 200 && !!r.data?.supportRequestCreate?.supportRequest?.id;
    }
    expect(recovered).toBe(true);
  }, 120_000);
});
