// Diagnostic for the streamed data export (not part of `pnpm bench`; run after `pnpm --filter @ccp/server build`):
// `node bench/export-live-memory.mjs`. Runs the export job in this process against a fresh embedded database, for
// the heavy-export account and one with three times the rows, forcing a GC every 50 ms to sample the live memory
// (V8 heap used + external buffers) — what the process really holds, unlike RSS, which includes the headroom V8
// keeps. Streamed, the live growth stays flat whatever the export's size. (The forced GCs make the export slow.)
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { cryptoFrom, seedAccount } from "./benchmarks/heavy-export.mjs";
import { freePort, serverRequire } from "./lib.mjs";

v8.setFlagsFromString("--expose_gc");
const gc = vm.runInNewContext("gc");
const pg = serverRequire("pg");
const { startEmbeddedPostgres } = serverRequire("./dist/database/embedded.js");
const { generateSecrets } = serverRequire("./dist/common/crypto/secrets.js");
const { startServer } = serverRequire("./dist/app/bootstrap.js");
const { loadConfig } = serverRequire("./dist/app/config.js");

const live = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};
const mb = (bytes) => Number((bytes / 1048576).toFixed(1));

/** Peak live memory above the level at the start while `work` runs. */
async function liveGrowth(work) {
  const start = live();
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, live())), 50);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return mb(Math.max(peak, live()) - start);
}

const dir = mkdtempSync(path.join(os.tmpdir(), "ccp-export-memory-"));
chmodSync(dir, 0o755);
const db = await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: "ccp_export_memory" });
const env = { ...generateSecrets(), NODE_ENV: "production", PORT: "0", DATABASE_URL: db.url, CCP_DATA_DIR: dir, CCP_RATE_LIMITS: "off", LOG_LEVEL: "warn" };
const server = await startServer({ config: loadConfig(env), databaseUrl: db.url, jobs: false });
const client = new pg.Client({ connectionString: db.url });
await client.connect();
const gql = async (query, variables = {}, token) =>
  (await (await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) })).json()).data;
try {
  const policies = (await gql("{ currentPolicyVersions { id } }")).currentPolicyVersions.map((p) => p.id);
  for (const times of [1, 3]) {
    const reg = (
      await gql("mutation($i: AuthRegisterInput!) { authRegister(input: $i) { accessToken user { id } } }", {
        i: { email: `export.memory.${times}@example.org`, password: "benchmark passphrase 1", firstName: "Live", lastName: "Memory", dateOfBirth: "1990-01-01", acceptedPolicyVersionIds: policies },
      })
    ).authRegister;
    await seedAccount(client, cryptoFrom(env), reg.user.id, 1000 * times, 10_000 * times);
    const id = (await gql("mutation { privacyRequestCreate(input: { kind: EXPORT }) { privacyRequest { id } } }", {}, reg.accessToken)).privacyRequestCreate.privacyRequest.id;
    const exporting = await liveGrowth(() => server.services.privacyRequests.runExport(id));
    let bytes = 0;
    // The client reading the download runs in this process too, so this figure includes its buffers.
    const downloading = await liveGrowth(async () => {
      const res = await fetch(`${server.url}/api/privacy-requests/${id}/export`, { headers: { authorization: `Bearer ${reg.accessToken}` } });
      for await (const part of res.body) bytes += part.length;
    });
    process.stdout.write(`${JSON.stringify({ applications: 1000 * times, messages: 10_000 * times, exportMb: mb(bytes), liveGrowthExportingMb: exporting, liveGrowthDownloadingMb: downloading })}\n`);
  }
} finally {
  await client.end();
  await server.close();
  await db.stop();
  rmSync(dir, { recursive: true, force: true });
}
