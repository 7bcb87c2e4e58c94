// Mixed load with rate limits ON (issue 7): applicants (the dashboard's Viewer, MyApplications, MyCredentials),
// reviewers (ReviewQueue, page of 10) and integrators (credentialVerify, ten networks each under the 300/min limit)
// at bounded rates for BENCH_MIXED_DURATION seconds (default 60): the first half alone (baseline), the second half
// with an abusive client hammering credentialVerify from one address. A separate API instance with rate limits on
// (TRUST_PROXY=loopback, each client class its own X-Forwarded-For); its RSS is sampled every second.
// Fails on any error for the well-behaved clients (non-2xx or a GraphQL error), an abuser never answered 429,
// or memory growing steadily: RSS is reported, but V8 lets garbage pile up while the heap has room, so the test is
// on the live heap after a full GC every 3 s (bench/heap-probe.mjs, preloaded into this API process only).
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { freePort, here, operation, root, serverRequire, waitHealthy, writeResult } from "../lib.mjs";

const DURATION = Number(process.env.BENCH_MIXED_DURATION ?? 60);
const ABUSE_CONNECTIONS = Number(process.env.BENCH_ABUSE_CONNECTIONS ?? 50);
/** MB a minute of live-heap growth (after a full GC, over the run's second half) above which the bench fails, when steady (r² ≥ 0.5). */
const MAX_SLOPE_MB_PER_MIN = 1;

/** CPU seconds (user + system) the process has used (/proc/<pid>/stat, clock ticks of 1/100 s). */
const cpuSeconds = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const rssKb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);

function fit(samples) {
  const n = samples.length;
  const mx = samples.reduce((a, s) => a + s.t, 0) / n;
  const my = samples.reduce((a, s) => a + s.mb, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const s of samples) {
    sxy += (s.t - mx) * (s.mb - my);
    sxx += (s.t - mx) ** 2;
    syy += (s.mb - my) ** 2;
  }
  const slope = sxx ? sxy / sxx : 0;
  return { mbPerMinute: Number((slope * 60).toFixed(2)), r2: Number((sxx && syy ? (sxy * sxy) / (sxx * syy) : 0).toFixed(2)) };
}

const run1 = (opts) => {
  let instance;
  const done = new Promise((resolve, reject) => {
    instance = autocannon(opts, (err, r) => (err ? reject(err) : resolve(r)));
  });
  return { instance, done };
};

export async function run({ env, dir, admin, provider, credentialNumber, databaseUrl }) {
  const port = await freePort();
  const { CCP_RATE_LIMITS: _off, ...rest } = env;
  // BENCH_API_NODE_ARGS (e.g. "--trace-gc") goes to this API process only, for diagnosing its memory.
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const heapFile = path.join(dir, "mixed-load-heap.txt");
  const api = spawn(process.execPath, [...nodeArgs, "--expose-gc", "--import", pathToFileURL(path.join(here, "heap-probe.mjs")).href, path.join(root, "server", "dist", "app", "main.js")], {
    env: { ...process.env, ...rest, PORT: String(port), TRUST_PROXY: "loopback", BENCH_HEAP_FILE: heapFile, BENCH_HEAP_EVERY_MS: "3000" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  const { Client } = serverRequire("pg");
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  try {
    await waitHealthy(`${base}/healthz`);
    await pg.query("delete from rate_limit_counters");
    const url = `${base}/graphql`;
    const graphqlErrors = { applicants: 0, reviewers: 0, integrators: 0 };
    const req = (cls, ip, token, query, variables) => ({
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": ip, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      onResponse: (_status, body) => {
        if (body.includes('"errors"')) graphqlErrors[cls]++;
      },
    });
    const VERIFY = "query($n: String!) { credentialVerify(number: $n) { status checkedAt credential { number title holderName issuerName validFrom validUntil } } }";
    const classes = {
      applicants: { url, connections: 5, overallRate: 60, requests: [req("applicants", "198.51.100.10", provider, operation("Viewer"), {}), req("applicants", "198.51.100.10", provider, operation("MyApplications"), { first: 4, sort: "UPDATED_AT_DESC" }), req("applicants", "198.51.100.10", provider, operation("MyCredentials"), { first: 10 })] },
      reviewers: { url, connections: 2, overallRate: 10, requests: [req("reviewers", "198.51.100.20", admin, operation("ReviewQueue"), { first: 10, filter: { status: ["SUBMITTED"] }, sort: "SUBMITTED_AT_ASC" })] },
      // Ten integrator networks at 3 requests/s each: 180 a minute, under the 300/min per-address limit.
      integrators: { url, connections: 5, overallRate: 30, requests: Array.from({ length: 10 }, (_, i) => req("integrators", `203.0.113.${i + 1}`, null, VERIFY, { n: credentialNumber })) },
    };
    // In a worker thread, so its own event loop does not delay the well-behaved clients' measurements.
    const abuser = { url, workers: 1, connections: ABUSE_CONNECTIONS, method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.66" }, body: JSON.stringify({ query: VERIFY, variables: { n: credentialNumber } }) };

    const samples = [];
    const started = performance.now();
    const sampler = setInterval(() => samples.push({ t: (performance.now() - started) / 1000, mb: rssKb(api.pid) / 1024 }), 1000);
    samples.push({ t: 0, mb: rssKb(api.pid) / 1024 });
    const phase = async (seconds, withAbuser) => {
      const runs = Object.entries(classes).map(([name, opts]) => [name, run1({ ...opts, duration: seconds })]);
      const abuse = withAbuser ? run1({ ...abuser, duration: seconds }) : null;
      const out = {};
      for (const [name, r] of runs) out[name] = await r.done;
      if (abuse) out.abuser = await abuse.done;
      return out;
    };
    await phase(2, false); // warm-up
    const warmedAt = (performance.now() - started) / 1000;
    const half = Math.max(1, Math.round(DURATION / 2));
    const cpu0 = cpuSeconds(api.pid);
    const quiet = await phase(half, false);
    const cpu1 = cpuSeconds(api.pid);
    const noisy = await phase(half, true);
    const cpu2 = cpuSeconds(api.pid);
    clearInterval(sampler);
    samples.push({ t: (performance.now() - started) / 1000, mb: rssKb(api.pid) / 1024 });

    const wellBehaved = ["applicants", "reviewers", "integrators"];
    const perClass = Object.fromEntries(
      wellBehaved.map((c) => [c, { requests: quiet[c].requests.total + noisy[c].requests.total, non2xx: quiet[c].non2xx + noisy[c].non2xx + quiet[c].errors + noisy[c].errors, p99Ms: noisy[c].latency.p99, baselineP99Ms: quiet[c].latency.p99, p99Ratio: Number((noisy[c].latency.p99 / Math.max(1, quiet[c].latency.p99)).toFixed(2)) }]),
    );
    const errors = wellBehaved.reduce((a, c) => a + perClass[c].non2xx + graphqlErrors[c], 0);
    const codes = noisy.abuser.statusCodeStats ?? {};
    const abuser429 = Number(codes["429"]?.count ?? 0);
    // What the abuser cost the API: its extra CPU time in the second phase over the first, per rejected request.
    const apiCpu = { quietSeconds: Number((cpu1 - cpu0).toFixed(2)), withAbuserSeconds: Number((cpu2 - cpu1).toFixed(2)), microsecondsPerRejection: abuser429 ? Math.round((((cpu2 - cpu1) - (cpu1 - cpu0)) / abuser429) * 1e6) : null };
    const worst = wellBehaved.reduce((a, c) => (perClass[c].p99Ratio > perClass[a].p99Ratio ? c : a), wellBehaved[0]);
    const after = samples.filter((s) => s.t >= warmedAt);
    const rss = { startMb: Math.round(after[0].mb), endMb: Math.round(samples.at(-1).mb), maxMb: Math.round(Math.max(...samples.map((s) => s.mb))), ...fit(after), seriesMb: samples.map((s) => Math.round(s.mb)) };
    // Live heap after a full GC (heap-probe.mjs), from the end of the warm-up: what a leak would make grow.
    const startedAtMs = Date.now() - (performance.now() - started);
    const heap = (existsSync(heapFile) ? readFileSync(heapFile, "utf8").trim().split("\n") : [])
      .map((l) => l.split(" ").map(Number))
      .map(([at, bytes]) => ({ t: (at - startedAtMs) / 1000, mb: bytes / 1048576 }))
      .filter((s) => s.t >= warmedAt);
    if (heap.length < 3) throw new Error(`only ${heap.length} live-heap samples from the API (heap-probe.mjs)`);
    // Caches fill and code is compiled early on; a leak keeps growing: the slope is fitted over the second half.
    const live = { startMb: Number(heap[0].mb.toFixed(1)), endMb: Number(heap.at(-1).mb.toFixed(1)), maxMb: Number(Math.max(...heap.map((s) => s.mb)).toFixed(1)), ...fit(heap.slice(Math.floor(heap.length / 2))), seriesMb: heap.map((s) => Number(s.mb.toFixed(1))) };
    const memory = { rss, liveHeap: live };
    const result = writeResult({
      name: "mixed-load",
      unit: "ms (well-behaved p99 with the abuser)",
      value: perClass[worst].p99Ms,
      baseline: perClass[worst].baselineP99Ms,
      ratio: perClass[worst].p99Ratio,
      p99Ms: perClass[worst].p99Ms,
      worstClass: worst,
      durationSeconds: half * 2,
      perClass,
      graphqlErrors,
      errors,
      abuser: { connections: ABUSE_CONNECTIONS, requests: noisy.abuser.requests.total, requestsPerSec: Math.round(noisy.abuser.requests.average), status429: abuser429, statusCodes: Object.fromEntries(Object.entries(codes).map(([k, v]) => [k, Number(v.count)])), p99Ms: noisy.abuser.latency.p99 },
      memory,
      apiCpu,
      note: `rate limits on; first half without the abuser (baseline), second half with it; value = the worst well-behaved class's p99 with the abuser; RSS sampled every second; the bench fails when the live heap after a full GC (every 3 s) grows over the second half above ${MAX_SLOPE_MB_PER_MIN} MB/min with r² ≥ 0.5`,
    });
    if (errors > 0) throw new Error(`${errors} errors for well-behaved clients during mixed-load: ${JSON.stringify({ perClass, graphqlErrors })}`);
    if (abuser429 === 0) throw new Error(`the abusive client was never answered 429: ${JSON.stringify(result.abuser.statusCodes)}`);
    if (live.mbPerMinute > MAX_SLOPE_MB_PER_MIN && live.r2 >= 0.5) throw new Error(`the API's live heap grows steadily: ${live.mbPerMinute} MB/min (r² ${live.r2}), ${live.startMb} → ${live.endMb} MB`);
    return {
      result,
      row: [
        `mixed load ${half * 2} s, rate limits on (applicants 60/s, reviewers 10/s, integrators 30/s; abuser ${ABUSE_CONNECTIONS} connections in the second half)`,
        `worst p99 ${result.p99Ms} ms (${worst}); 0 errors; abuser ${abuser429} × 429 of ${result.abuser.requests}; RSS ${rss.startMb}→${rss.endMb} MB (max ${rss.maxMb}); live heap ${live.startMb}→${live.endMb} MB (${live.mbPerMinute} MB/min)`,
        `p99 ${result.baseline} ms without the abuser`,
        `p99 ×${result.ratio}`,
        "rejections must be cheap; memory must not grow",
      ],
    };
  } finally {
    await pg.end();
    if (api.exitCode === null) {
      api.kill("SIGTERM");
      await new Promise((r) => api.once("exit", r));
    }
  }
}
