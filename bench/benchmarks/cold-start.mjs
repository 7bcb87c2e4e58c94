// Cold start: pnpm start's server on a fresh data directory (embedded PostgreSQL initialised and migrated) until
// /healthz answers, against a bare node:http + pg process reaching the bench database.
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, here, root, serverRequire, writeResult } from "../lib.mjs";

async function coldStart(env, script, health) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ccp-cold-"));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const pgPort = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env(dir, port, pgPort) }, stdio: "ignore" });
  try {
    for (;;) {
      try {
        if ((await fetch(health(port))).ok) break;
      } catch {
        // not yet
      }
      if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode} before answering`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return Math.round(performance.now() - started);
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => (child.exitCode !== null ? r() : child.once("exit", r)));
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run({ databaseUrl, credentialNumber }) {
  const { generateSecrets } = serverRequire("./dist/common/crypto/secrets.js");
  const app = await coldStart(
    (dir, p, pgPort) => ({ ...generateSecrets(), NODE_ENV: "production", PORT: String(p), DATABASE_URL: "", CCP_DATA_DIR: dir, CCP_EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: "warn" }),
    path.join(root, "server", "dist", "app", "main.js"),
    (p) => `http://127.0.0.1:${p}/healthz`,
  );
  const raw = await coldStart((_dir, p) => ({ DATABASE_URL: databaseUrl, PORT: String(p) }), path.join(here, "raw-server.mjs"), (p) => `http://127.0.0.1:${p}/verify?number=${credentialNumber}`);
  const result = writeResult({ name: "cold-start", unit: "ms", value: app, baseline: raw, ratio: Number((app / Math.max(1, raw)).toFixed(2)), p99Ms: null, note: "pnpm start's server on a fresh CCP_DATA_DIR (initdb, migrations, seed) to the first /healthz 200; baseline: node:http + pg to its first answer" });
  return { result, row: ["cold start to first /healthz 200", `${app} ms`, `${raw} ms (node:http + pg)`, String(result.ratio), "fresh embedded database: initdb, migrations, seed"] };
}
