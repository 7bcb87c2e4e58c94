import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { inject } from "vitest";
import { startServer, type RunningServer } from "../app/bootstrap";
import { type AppConfig, loadConfig } from "../app/config";
import { FixedClock } from "../common/clock";
import type { Logger } from "../common/logger";
import type { DeliveredMail } from "../modules/mail/mail.service";
import { GraphQLTestClient } from "./graphql-client";

export interface TestApp {
  server: RunningServer;
  url: string;
  clock: FixedClock;
  config: AppConfig;
  databaseUrl: string;
  /** Raw SQL against the test database. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** A fresh client with its own cookie jar. */
  client(): GraphQLTestClient;
  /** Deliver pending e-mails now and return them. */
  deliverMail(): Promise<DeliveredMail[]>;
  close(): Promise<void>;
}

export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject("adminDatabaseUrl");
  const name = `ccp_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export function testEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: "test",
    PORT: "0",
    CCP_DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    CCP_JWT_SECRET: randomBytes(48).toString("base64"),
    CCP_FIELD_KEYS: `t1:${randomBytes(32).toString("base64")}`,
    CCP_FIELD_KEY_ACTIVE: "t1",
    CCP_BLIND_INDEX_KEY: randomBytes(32).toString("base64"),
    ...extra,
  };
}

/** A real server on a fresh database, listening on a random port, with an injected clock. */
export async function createTestApp(opts: { jobs?: boolean; env?: Record<string, string>; now?: string; logger?: Logger } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ccp-test-data-"));
  const config = loadConfig(testEnv(dataDir, opts.env));
  const clock = new FixedClock(new Date(opts.now ?? "2026-06-15T12:00:00.000Z"));
  const server = await startServer({ config, clock, databaseUrl: db.url, jobs: opts.jobs ?? false, logger: opts.logger });
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  return {
    server,
    url: server.url,
    clock,
    config,
    databaseUrl: db.url,
    sql: async (text, params) => (await pg.query(text, params)).rows,
    client: () => new GraphQLTestClient(server.url),
    deliverMail: () => server.services.mail.deliverPending(),
    close: async () => {
      await pg.end();
      await server.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
