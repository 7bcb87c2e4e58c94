// pnpm bench: every benchmark, each figure a ratio against a baseline measured in the same run (the machines are noisy).
// Results: bench/results/<name>.json and bench/results/summary.md. `node bench/run.mjs NAME…` runs only those
// (after `pnpm run build`); the summary then keeps the other rows from their last results.
import { fork, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { CONNECTIONS, DURATION, freePort, gql, gqlFull, here, results, root, serverRequire, waitHealthy } from "./lib.mjs";

const { startEmbeddedPostgres } = serverRequire("./dist/database/embedded.js");
const { generateSecrets } = serverRequire("./dist/common/crypto/secrets.js");
const { TOTP, Secret } = serverRequire("otpauth");

/** In the order they run; each module exports run(context) → { result, row }. */
const BENCHMARKS = ["verification", "review-queue", "applicant-dashboard", "heavy-export", "retention", "mixed-load", "cold-start", "spa-initial-js"];

const totp = (secret, offset = 0) => new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offset });

/** Through the public API, as people would create them: an admin, a training provider with one approved program
 * accreditation (so one credential) and 100 submitted applications (the review queue). */
export async function seed(base, env) {
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
  const providerId = (await gql(base, "{ viewer { id } }", {}, t)).viewer.id;
  return { credentialNumber: d.applicationDecide.application.credential.number, admin, provider: t, providerId };
}


// BENCH_API_NODE_ARGS passes node flags to the API processes, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile one benchmark.
const apiNodeArgs = (process.env.BENCH_API_NODE_ARGS ?? "").split(" ").filter(Boolean);
const startApi = (env) => spawn(process.execPath, [...apiNodeArgs, path.join(root, "server", "dist", "app", "main.js")], { env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit"] });
const stop = async (child) => {
  if (child.exitCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
};

/** The first connection's edges in a GraphQL answer (how many rows a page held). */
const rowsOf = (data) => Object.values(data).find((v) => v && Array.isArray(v.edges))?.edges.length ?? null;

async function main() {
  const only = process.argv.slice(2);
  for (const name of only) if (!BENCHMARKS.includes(name)) throw new Error(`no benchmark named ${name}; there are: ${BENCHMARKS.join(", ")}`);
  const selected = only.length ? BENCHMARKS.filter((n) => only.includes(n)) : BENCHMARKS;
  mkdirSync(results, { recursive: true });
  const dir = mkdtempSync(path.join(os.tmpdir(), "ccp-bench-"));
  chmodSync(dir, 0o755);
  const db = process.env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: dir, port: await freePort(), database: "ccp_bench" });
  const databaseUrl = process.env.DATABASE_URL ?? db.url;
  const port = await freePort();
  const env = { ...generateSecrets(), NODE_ENV: "production", PORT: String(port), DATABASE_URL: databaseUrl, CCP_DATA_DIR: dir, CCP_RATE_LIMITS: "off", LOG_LEVEL: "warn" };
  const api = startApi(env);
  const base = `http://127.0.0.1:${port}`;
  const rawPort = await freePort();
  const raw = fork(path.join(here, "raw-server.mjs"), { env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(rawPort) } });
  // A development instance on the same database, only to read X-Query-Count (production does not send it).
  const devPort = await freePort();
  const dev = startApi({ ...env, NODE_ENV: "development", PORT: String(devPort) });
  const devBase = `http://127.0.0.1:${devPort}`;
  try {
    await waitHealthy(`${base}/healthz`);
    await waitHealthy(`${devBase}/healthz`);
    const seeded = await seed(base, env);
    const queryCount = async (query, variables, token) => {
      const { data, headers } = await gqlFull(devBase, query, variables, token);
      return { statements: Number(headers.get("x-query-count")), rows: rowsOf(data) };
    };
    const context = { base, rawBase: `http://127.0.0.1:${rawPort}`, databaseUrl, env, dir, queryCount, apiPid: api.pid, devPid: dev.pid, ...seeded };
    const rows = new Map();
    const previous = path.join(results, "rows.json");
    if (only.length && existsSync(previous)) for (const [name, row] of JSON.parse(readFileSync(previous, "utf8"))) rows.set(name, row);
    for (const name of selected) {
      process.stdout.write(`bench: ${name}\n`);
      const { row } = await (await import(`./benchmarks/${name}.mjs`)).run(context);
      rows.set(name, row);
    }
    writeFileSync(previous, `${JSON.stringify([...rows], null, 2)}\n`);
    const md =
      `# Benchmarks\n\nMeasured ${new Date().toISOString()} on ${os.cpus().length} cores, Node ${process.version}; load tests run ${DURATION} s each after a 2 s warm-up (${CONNECTIONS} connections unless stated). ` +
      `Every figure is a ratio against a baseline measured in the same run. Reproduce with \`pnpm bench\`.\n\n` +
      `| benchmark | ours | baseline | ratio | note |\n|---|---|---|---|---|\n` +
      BENCHMARKS.filter((n) => rows.has(n)).map((n) => `| ${rows.get(n).join(" | ")} |`).join("\n") +
      "\n";
    writeFileSync(path.join(results, "summary.md"), md);
    process.stdout.write(md);
  } finally {
    raw.kill("SIGTERM");
    await Promise.all([stop(api), stop(dev)]);
    if (db) await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    process.stderr.write(`${err.stack ?? err}\n`);
    process.exit(1);
  });
}
