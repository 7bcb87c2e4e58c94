// Retention over 1,000,000 expired usage events (issue 7): rows deleted per second by a run an admin starts with the
// SPA's RetentionRunNow mutation, and whether other requests keep answering meanwhile — credentialVerify load's p99
// during the run against the same load's p99 with no run (measured just before, in the same run). While the run goes,
// the longest open transaction deleting usage events is sampled from pg_stat_activity (batches must be short
// transactions), apart from statements only reading them (the run's counts of what is due and held).
import { cannon, cannonUntil, operation, serverRequire, summaryOf, writeResult } from "../lib.mjs";

const ROWS = Number(process.env.BENCH_RETENTION_ROWS ?? 1_000_000);
const FRESH = 1000;

export async function run({ base, databaseUrl, admin, providerId, credentialNumber }) {
  const { Client } = serverRequire("pg");
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  try {
    const count = async (sql) => Number((await pg.query(sql)).rows[0].n);
    const before = await count("select count(*) n from usage_events");
    let t = performance.now();
    // Three years old (the rule keeps 2 years), one a second going back; plus recent rows the run must keep.
    await pg.query(
      `insert into usage_events (user_id, kind, name, value, browser, os, device_type, occurred_at)
       select $1, 'PAGE_VIEW', '/app/dashboard', 1, 'Firefox', 'Linux', 'desktop', now() - interval '3 years' - g * interval '1 second'
       from generate_series(1, $2) g`,
      [providerId, ROWS],
    );
    await pg.query("insert into usage_events (user_id, kind, name, value, occurred_at) select $1, 'PAGE_VIEW', '/app', 1, now() - g * interval '1 minute' from generate_series(1, $2) g", [providerId, FRESH]);
    await pg.query("analyze usage_events");
    const insertSeconds = (performance.now() - t) / 1000;

    const verify = { url: `${base}/graphql`, method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "query($n: String!) { credentialVerify(number: $n) { status checkedAt credential { number title holderName issuerName validFrom validUntil } } }", variables: { n: credentialNumber } }), connections: 10 };
    await cannon({ ...verify, duration: 2 });
    const quiet = summaryOf(await cannon(verify));

    // The run, as an admin starts it from the SPA; load and transaction sampling until it answers.
    // The longest open transaction deleting usage events (what holds row locks) and the longest one only reading them.
    let longestTxMs = 0;
    let longestReadMs = 0;
    let sampling = true;
    const sampler = (async () => {
      const watch = new Client({ connectionString: databaseUrl });
      await watch.connect();
      try {
        while (sampling) {
          const r = await watch.query(`select coalesce(max(ms) filter (where deleting), 0)::float8 del, coalesce(max(ms) filter (where not deleting), 0)::float8 rd from (
              select extract(epoch from clock_timestamp() - xact_start) * 1000 ms, query ilike '%delete from usage_events%' deleting
              from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle' and query ilike '%from usage_events%') a`);
          longestTxMs = Math.max(longestTxMs, r.rows[0].del);
          longestReadMs = Math.max(longestReadMs, r.rows[0].rd);
          await new Promise((res) => setTimeout(res, 50));
        }
      } finally {
        await watch.end();
      }
    })();
    t = performance.now();
    const runDone = fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${admin}` }, body: JSON.stringify({ query: operation("RetentionRunNow"), variables: { dryRun: false } }) }).then((r) => r.json());
    const busy = summaryOf(await cannonUntil(verify, runDone.catch(() => {})));
    const answer = await runDone;
    const runSeconds = (performance.now() - t) / 1000;
    sampling = false;
    await sampler;
    if (answer.errors) throw new Error(`retentionRunNow failed: ${JSON.stringify(answer.errors)}`);
    const analytics = answer.data.retentionRunNow.report.find((r) => r.rule === "ANALYTICS");
    const left = await count("select count(*) n from usage_events where occurred_at < now() - interval '2 years'");
    const fresh = await count("select count(*) n from usage_events");
    const [audit] = (await pg.query("select metadata from audit_events where action = 'retention.run' and target_id = $1", [answer.data.retentionRunNow.id])).rows;

    const rowsPerSecond = Math.round(analytics.count / runSeconds);
    const result = writeResult({
      name: "retention",
      unit: "rows deleted/s",
      value: rowsPerSecond,
      baseline: quiet.p99Ms,
      ratio: Number((busy.p99Ms / Math.max(1, quiet.p99Ms)).toFixed(3)),
      p99Ms: busy.p99Ms,
      baselineP99Ms: quiet.p99Ms,
      p99Ratio: Number((busy.p99Ms / Math.max(1, quiet.p99Ms)).toFixed(3)),
      rowsInserted: ROWS,
      insertSeconds: Number(insertSeconds.toFixed(1)),
      rowsDeleted: analytics.count,
      runSeconds: Number(runSeconds.toFixed(1)),
      expiredRowsLeft: left,
      freshRowsKept: fresh - before,
      auditCount: audit?.metadata?.counts?.ANALYTICS ?? null,
      longestTransactionMs: Math.round(longestTxMs),
      longestReadOnlyStatementMs: Math.round(longestReadMs),
      duringRun: busy,
      withoutRun: quiet,
      note: "value: rows deleted per second by retentionRunNow; baseline: credentialVerify p99 (ms, 10 connections) with no run; ratio: p99 during the run / baseline p99",
    });
    if (analytics.count !== ROWS || left !== 0 || fresh - before !== FRESH) throw new Error(`retention removed ${analytics.count} of ${ROWS} expired rows (${left} left) and kept ${fresh - before} of ${FRESH} recent ones`);
    if (result.auditCount !== ROWS) throw new Error(`the audit event counts ${result.auditCount} ANALYTICS rows, not ${ROWS}`);
    if (busy.errors > 0 || quiet.errors > 0) throw new Error(`${busy.errors + quiet.errors} errors during the retention benchmark`);
    return {
      result,
      row: [
        `retention run over ${ROWS.toLocaleString("en")} expired usage events`,
        `${rowsPerSecond} rows/s (${result.runSeconds} s); credentialVerify p99 ${busy.p99Ms} ms during the run; longest deleting transaction ${result.longestTransactionMs} ms`,
        `p99 ${quiet.p99Ms} ms with no run (same load, 10 connections)`,
        `p99 ×${result.p99Ratio}`,
        "batched deletes, each its own transaction; report and audit counts checked",
      ],
    };
  } finally {
    await pg.end();
  }
}
