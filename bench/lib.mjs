// Shared helpers for the benchmarks (pnpm bench): ports, HTTP, GraphQL documents from shared/, autocannon.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

export const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, "..");
export const results = path.join(here, "results");
/** Load a dependency of the server package (pg, graphql, otpauth, its dist/ modules). */
export const serverRequire = createRequire(path.join(root, "server", "package.json"));

export const DURATION = Number(process.env.BENCH_DURATION ?? 10);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

export const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

export async function waitHealthy(url) {
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

/** A GraphQL call that throws on errors; returns { data, headers }. */
export async function gqlFull(base, query, variables = {}, token) {
  const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, headers: res.headers };
}
export const gql = async (...args) => (await gqlFull(...args)).data;

/** Every operation and fragment in shared/src/operations, by name. */
let definitions;
function allDefinitions() {
  if (definitions) return definitions;
  const { parse, print } = serverRequire("graphql");
  definitions = new Map();
  const dir = path.join(root, "shared", "src", "operations");
  for (const entry of readdirSync(dir, { recursive: true })) {
    if (!String(entry).endsWith(".graphql")) continue;
    for (const def of parse(readFileSync(path.join(dir, String(entry)), "utf8")).definitions) definitions.set(def.name.value, { def, text: print(def) });
  }
  return definitions;
}

/** The SPA's own document for an operation in shared/, with the fragments it spreads (transitively). */
export function operation(name) {
  const { visit } = serverRequire("graphql");
  const defs = allDefinitions();
  const wanted = [name];
  const seen = new Set();
  while (wanted.length) {
    const next = wanted.pop();
    if (seen.has(next)) continue;
    const found = defs.get(next);
    if (!found) throw new Error(`no operation or fragment named ${next} in shared/src/operations`);
    seen.add(next);
    visit(found.def, { FragmentSpread: (node) => void wanted.push(node.name.value) });
  }
  return [...seen].map((n) => defs.get(n).text).join("\n\n");
}

export function cannon(opts) {
  return new Promise((resolve, reject) => autocannon({ connections: CONNECTIONS, duration: DURATION, ...opts }, (err, r) => (err ? reject(err) : resolve(r))));
}

/** Load that runs until `until` settles (or `maxSeconds` pass): autocannon's instance is stopped then. */
export function cannonUntil(opts, until, maxSeconds = 600) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ connections: CONNECTIONS, duration: maxSeconds, ...opts }, (err, r) => (err ? reject(err) : resolve(r)));
    until.finally(() => instance.stop());
  });
}

export const summaryOf = (r) => ({ requestsPerSec: r.requests.average, p50Ms: r.latency.p50, p99Ms: r.latency.p99, errors: r.errors + r.non2xx, total: r.requests.total });

/** Ours against the baseline: warm both up for 2 s, then measure each; the result fields every load benchmark shares. */
export async function compare(ours, baseline) {
  await cannon({ ...ours, duration: 2 });
  await cannon({ ...baseline, duration: 2 });
  const o = summaryOf(await cannon(ours));
  const b = summaryOf(await cannon(baseline));
  return {
    unit: "requests/s",
    value: Math.round(o.requestsPerSec),
    baseline: Math.round(b.requestsPerSec),
    ratio: Number((o.requestsPerSec / b.requestsPerSec).toFixed(3)),
    p50Ms: o.p50Ms,
    p99Ms: o.p99Ms,
    baselineP99Ms: b.p99Ms,
    p99Ratio: Number((o.p99Ms / Math.max(1, b.p99Ms)).toFixed(3)),
    errors: o.errors,
    connections: ours.connections ?? CONNECTIONS,
    durationSeconds: ours.duration ?? DURATION,
  };
}

export function writeResult(result) {
  const full = { ...result, measuredAt: new Date().toISOString() };
  writeFileSync(path.join(results, `${result.name}.json`), `${JSON.stringify(full, null, 2)}\n`);
  return full;
}
