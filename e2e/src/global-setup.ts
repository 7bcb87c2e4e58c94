import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import type {} from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
    env: Record<string, string>;
  }
}

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const MAIN = path.join(ROOT, "server", "dist", "app", "main.js");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not become healthy:\n${log()}`);
}

/** Starts the built app (`pnpm build` first) on a fresh embedded database in a temp folder. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(MAIN) || !existsSync(path.join(ROOT, "web", "dist", "index.html"))) {
    throw new Error("Build first: pnpm build (pnpm test:e2e does it for you)");
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ccp-e2e-"));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const env: Record<string, string> = {
    PORT: String(port),
    CCP_DATA_DIR: dataDir,
    CCP_EMBEDDED_PG_PORT: String(await freePort()),
    LOG_LEVEL: "warn",
    NODE_ENV: "development",
  };
  const childEnv = { ...process.env, ...env };
  delete childEnv.DATABASE_URL;
  let output = "";
  const child = spawn(process.execPath, [MAIN], { env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (d) => (output += String(d)));
  child.stderr!.on("data", (d) => (output += String(d)));
  const baseUrl = `http://localhost:${port}`;
  await waitForHealth(baseUrl, child, () => output);
  project.provide("baseUrl", baseUrl);
  project.provide("dataDir", dataDir);
  project.provide("env", env);
  return async () => {
    child.kill("SIGTERM");
    const code = child.exitCode ?? (await new Promise<number | null>((r) => child.once("exit", (c) => r(c))));
    const postmasterLeft = existsSync(path.join(dataDir, "pg", "postmaster.pid"));
    rmSync(dataDir, { recursive: true, force: true });
    // SIGTERM must shut down cleanly: exit 0 and the embedded database stopped.
    if (code !== 0 || postmasterLeft) throw new Error(`unclean shutdown: exit ${code}, postmaster left: ${postmasterLeft}\n${output.slice(-2000)}`);
  };
}

/** Runs the admin CLI against the running app's data (it reuses the running embedded PostgreSQL). */
export function runCli(env: Record<string, string>, args: string[]): string {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete childEnv.DATABASE_URL;
  const r = spawnSync(process.execPath, [path.join(ROOT, "server", "dist", "cli", "index.js"), ...args], { env: childEnv, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`cli ${args[0]} failed (${r.status}): ${r.stderr}`);
  return r.stdout.trim();
}
