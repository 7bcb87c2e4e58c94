// pnpm bench: every benchmark, each figure a ratio against a baseline measured in the same run.
// Results: bench/results/<name>.json and bench/results/summary.md.
import { fork, spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const require = createRequire(path.join(root, "server", "package.json"));
const { startEmbeddedPostgres } = require("./dist/database/embedded.js");
const { generateSecrets } = require("./dist/common/crypto/secrets.js");
const { TOTP, Secret } = require("otpauth");

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const results = path.join(here, "results");
mkdirSync(results, { recursive: true });

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function waitHealthy(url) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not healthy: ${url}`);
}

async function gql(base, query, variables = {}, token) {
  const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const totp = (secret, offset = 0) => new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offset });

/** One approved program accreditation, through the public API (as people would create it). */
async function seedCredential(base, env) {
  const cli = (args) =>
    new Promise((resolve, reject) => {
      const p = spawn(process.execPath, [path.join(root, "server", "dist", "cli", "index.js"), ...args], { env: { ...process.env, ...env } });
      let out = "";
      p.stdout.on("data", (d) => (out += d));
      p.on("exit", (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`cli ${args[0]} exited ${code}`))));
    });
  const pw = "benchmark passphrase 1";
  await cli(["user:create", "--email", "bench.admin@example.org", "--password", pw, "--role", "ADMIN", "--first-name", "Bench", "--last-name", "Admin", "--date-of-birth", "1980-01-01"]);
  let t = (await gql(base, "mutation($i: AuthLoginInput!) { authLogin(input: $i) { accessToken } }", { i: { email: "bench.admin@example.org", password: pw } })).authLogin.accessToken;
  const { secret } = (await gql(base, "mutation { mfaTotpBegin { secret } }", {}, t)).mfaTotpBegin;
  await gql(base, "mutation($c: String!) { mfaTotpConfirm(code: $c) { errors { code } } }", { c: totp(secret) }, t);
  const admin = t;
  const policies = (await gql(base, "{ currentPolicyVersions { id } }")).currentPolicyVersions.map((p) => p.id);
  t = (
    await gql(base, "mutation($i: AuthRegisterInput!) { authRegister(input: $i) { accessToken } }", {
      i: { email: "bench.provider@example.org", password: pw, firstName: "Bench", lastName: "Provider", dateOfBirth: "1985-01-01", acceptedPolicyVersionIds: policies },
    })
  ).authRegister.accessToken;
  const program = (await gql(base, "mutation($i: ProgramCreateInput!) { programCreate(input: $i) { program { id } } }", { i: { title: "Benchmark program", modules: [{ title: "M1", hours: 10 }], instructors: [{ fullName: "I One", qualifications: "RN" }] } }, t)).programCreate.program;
  const app = (await gql(base, "mutation($i: ApplicationCreateInput!) { applicationCreate(input: $i) { application { id } } }", { i: { kind: "PROGRAM_ACCREDITATION", programId: program.id, statement: "A statement long enough to submit." } }, t)).applicationCreate.application;
  await gql(base, "mutation($id: ID!) { applicationSubmit(id: $id) { errors { code } } }", { id: app.id }, t);
  const d = await gql(base, "mutation($id: ID!) { applicationDecide(id: $id, input: { decision: APPROVE, reason: \"Meets the standard\" }) { application { credential { number } } } }", { id: app.id }, admin);
  // A review queue of 100 submitted applications, for the queue benchmark.
  for (let i = 0; i < 100; i++) {
    const pr = (await gql(base, "mutation($i: ProgramCreateInput!) { programCreate(input: $i) { program { id } } }", { i: { title: `Queue program ${i}`, modules: [{ title: "M1", hours: 10 }], instructors: [{ fullName: "I One", qualifications: "RN" }] } }, t)).programCreate.program;
    const ap = (await gql(base, "mutation($i: ApplicationCreateInput!) { applicationCreate(input: $i) { application { id } } }", { i: { kind: "PROGRAM_ACCREDITATION", programId: pr.id, statement: "A statement long enough to submit." } }, t)).applicationCreate.application;
    await gql(base, "mutation($id: ID!) { applicationSubmit(id: $id) { errors { code } } }", { id: ap.id }, t);
  }
  return { number: d.applicationDecide.application.credential.number, admin };
}

/** `pnpm start`'s server on a fresh data directory (embedded PostgreSQL initialised and migrated) until /healthz answers. */
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

function cannon(opts) {
  return new Promise((resolve, reject) => autocannon({ connections: CONNECTIONS, duration: DURATION, ...opts }, (err, r) => (err ? reject(err) : resolve(r))));
}

const summaryOf = (r) => ({ requestsPerSec: r.requests.average, p50Ms: r.latency.p50, p99Ms: r.latency.p99, errors: r.errors + r.non2xx, total: r.requests.total });

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ccp-bench-"));
  chmodSync(dir, 0o755);
  const db = process.env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: "ccp_bench" });
  const databaseUrl = process.env.DATABASE_URL ?? db.url;
  const port = await freePort();
  const env = { ...generateSecrets(), NODE_ENV: "production", PORT: String(port), DATABASE_URL: databaseUrl, CCP_DATA_DIR: dir, CCP_RATE_LIMITS: "off", LOG_LEVEL: "warn" };
  const api = spawn(process.execPath, [path.join(root, "server", "dist", "app", "main.js")], { env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] });
  const base = `http://127.0.0.1:${port}`;
  const rawPort = await freePort();
  const raw = fork(path.join(here, "raw-server.mjs"), { env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(rawPort) } });
  try {
    await waitHealthy(`${base}/healthz`);
    const { number, admin } = await seedCredential(base, env);
    const query = JSON.stringify({ query: "query($n: String!) { credentialVerify(number: $n) { status checkedAt credential { number title holderName issuerName validFrom validUntil } } }", variables: { n: number } });
    const ours = { url: `${base}/graphql`, method: "POST", headers: { "content-type": "application/json" }, body: query };
    const baseline = { url: `http://127.0.0.1:${rawPort}/verify?number=${number}` };
    await cannon({ ...ours, duration: 2 });
    await cannon({ ...baseline, duration: 2 });
    const o = summaryOf(await cannon(ours));
    const b = summaryOf(await cannon(baseline));
    const result = {
      name: "verification",
      unit: "requests/s",
      value: Math.round(o.requestsPerSec),
      baseline: Math.round(b.requestsPerSec),
      ratio: Number((o.requestsPerSec / b.requestsPerSec).toFixed(3)),
      p50Ms: o.p50Ms,
      p99Ms: o.p99Ms,
      baselineP99Ms: b.p99Ms,
      p99Ratio: Number((o.p99Ms / Math.max(1, b.p99Ms)).toFixed(3)),
      errors: o.errors,
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      targets: { ratio: ">= 0.5", p99Ratio: "<= 2" },
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version },
    };
    writeFileSync(path.join(results, "verification.json"), `${JSON.stringify(result, null, 2)}\n`);

    // Review queue: a page of 100 submitted applications with applicant, assignee, program, organization and type
    // (as the SPA asks), by an admin, at 10 connections; baseline: the same rows and total straight from pg.
    // The SPA's own ReviewQueue document (shared/src/operations/review), asking for a page of 100.
    const ops = path.join(root, "shared", "src", "operations", "review");
    const fields = readFileSync(path.join(ops, "review-fields.graphql"), "utf8");
    const fragment = (name) => fields.slice(fields.indexOf(`fragment ${name} `), fields.indexOf("}\n\n", fields.indexOf(`fragment ${name} `)) + 2);
    const QUEUE = `${readFileSync(path.join(ops, "review-queue.graphql"), "utf8")}\n${fragment("ReviewQueueRowFields")}\n${fragment("ReviewPersonFields")}`;
    const queueVars = { first: 100, filter: { status: ["SUBMITTED"] }, sort: "SUBMITTED_AT_ASC" };
    const queueOurs = { url: `${base}/graphql`, method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${admin}` }, body: JSON.stringify({ query: QUEUE, variables: queueVars }), connections: 10 };
    const queueRaw = { url: `http://127.0.0.1:${rawPort}/queue`, connections: 10 };
    const check = await gql(base, QUEUE, queueVars, admin);
    if (check.applications.edges.length !== 100) throw new Error(`the queue has ${check.applications.edges.length} rows, not 100`);
    await cannon({ ...queueOurs, duration: 2 });
    await cannon({ ...queueRaw, duration: 2 });
    const qo = summaryOf(await cannon(queueOurs));
    const qb = summaryOf(await cannon(queueRaw));
    const queue = {
      name: "review-queue",
      unit: "requests/s",
      value: Math.round(qo.requestsPerSec),
      baseline: Math.round(qb.requestsPerSec),
      ratio: Number((qo.requestsPerSec / qb.requestsPerSec).toFixed(3)),
      p50Ms: qo.p50Ms,
      p99Ms: qo.p99Ms,
      baselineP99Ms: qb.p99Ms,
      p99Ratio: Number((qo.p99Ms / Math.max(1, qb.p99Ms)).toFixed(3)),
      errors: qo.errors,
      connections: 10,
      note: "SQL statements per request are fixed (independent of page size): asserted by the server tests (X-Query-Count)",
      measuredAt: new Date().toISOString(),
    };
    writeFileSync(path.join(results, "review-queue.json"), `${JSON.stringify(queue, null, 2)}\n`);
    if (qo.errors > 0) throw new Error(`${qo.errors} errors during the review-queue benchmark`);

    // Cold start: the app on a fresh embedded database vs a bare node:http + pg process reaching the same database.
    const appCold = await coldStart(
      (dir, p, pgPort) => ({ ...generateSecrets(), NODE_ENV: "production", PORT: String(p), DATABASE_URL: "", CCP_DATA_DIR: dir, CCP_EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: "warn" }),
      path.join(root, "server", "dist", "app", "main.js"),
      (p) => `http://127.0.0.1:${p}/healthz`,
    );
    const rawCold = await coldStart((_dir, p) => ({ DATABASE_URL: databaseUrl, PORT: String(p) }), path.join(here, "raw-server.mjs"), (p) => `http://127.0.0.1:${p}/verify?number=${number}`);
    const cold = { name: "cold-start", unit: "ms", value: appCold, baseline: rawCold, ratio: Number((appCold / Math.max(1, rawCold)).toFixed(2)), p99Ms: null, note: "pnpm start's server on a fresh CCP_DATA_DIR (initdb, migrations, seed) to the first /healthz 200; baseline: node:http + pg to its first answer", measuredAt: new Date().toISOString() };
    writeFileSync(path.join(results, "cold-start.json"), `${JSON.stringify(cold, null, 2)}\n`);

    // The initial JavaScript of the public pages (web/dist must be built: pnpm bench builds it).
    const { initialBundle } = await import("../web/scripts/bundle-size.mjs");
    const bundle = initialBundle();
    const spa = { name: "spa-initial-js", unit: "kB gzipped", value: Number((bundle.gzipBytes / 1024).toFixed(1)), baseline: 120, ratio: Number((bundle.gzipBytes / 1024 / 120).toFixed(3)), p99Ms: null, chunks: bundle.chunks, note: "baseline is the budget (issue 7): 120 kB", measuredAt: new Date().toISOString() };
    writeFileSync(path.join(results, "spa-initial-js.json"), `${JSON.stringify(spa, null, 2)}\n`);

    const md =
      `# Benchmarks\n\nMeasured ${result.measuredAt} on ${result.machine.cpus} cores, Node ${result.machine.node}; ${CONNECTIONS} connections, ${DURATION} s each, after a 2 s warm-up.\n\n| benchmark | value | baseline (raw node:http + pg) | ratio | p99 ms | baseline p99 ms | p99 ratio | target |\n|---|---|---|---|---|---|---|---|\n| credentialVerify | ${result.value} req/s | ${result.baseline} req/s | ${result.ratio} | ${result.p99Ms} | ${result.baselineP99Ms} | ${result.p99Ratio} | ratio ≥ 0.5, p99 ratio ≤ 2 |\n` +
      `\n| figure | value | baseline | ratio | note |\n|---|---|---|---|---|\n` +
      `| review queue (100 rows with relations, 10 connections) | ${queue.value} req/s, p99 ${queue.p99Ms} ms | ${queue.baseline} req/s, p99 ${queue.baselineP99Ms} ms (node:http + pg, no decryption) | ${queue.ratio} (p99 ×${queue.p99Ratio}) | decrypts names and e-mails, DataLoaders, GraphQL |\n` +
      `| cold start to first /healthz 200 | ${cold.value} ms | ${cold.baseline} ms (node:http + pg) | ${cold.ratio} | fresh embedded database: initdb, migrations, seed |\n` +
      `| initial public JS | ${spa.value} kB gz | 120 kB gz (budget) | ${spa.ratio} | entry script and its preloads; CI fails above 120 kB |\n`;
    writeFileSync(path.join(results, "summary.md"), md);
    process.stdout.write(md);
    if (o.errors > 0) throw new Error(`${o.errors} errors during the verification benchmark`);
  } finally {
    raw.kill("SIGTERM");
    api.kill("SIGTERM");
    await new Promise((r) => api.once("exit", r));
    if (db) await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});
