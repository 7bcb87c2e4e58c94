// Data export of a heavy account (issue #7): 1,000 applications (2 timeline events each) and 10,000 messages,
// seeded by SQL with values encrypted as the services encrypt them. The person asks for an export through the API
// (privacyRequestCreate, as the SPA does), a job instance writes it, the person downloads it.
// Figures: time to ready and download time, against a raw pg script that reads the same rows through a cursor,
// decrypts them and writes them to a file as JSON lines; and the API processes' resident memory while exporting and
// serving the download (sampled every 10 ms from /proc/<pid>/status), against their idle RSS just before.
// RSS includes V8's headroom (young generation, external buffers not yet collected); bench/export-live-memory.mjs
// measures the live heap (after a forced GC) of an in-process export instead.
import { createWriteStream, readFileSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { gql, serverRequire, writeResult } from "../lib.mjs";

const APPLICATIONS = 1000;
const MESSAGES = 10_000;
const pg = serverRequire("pg");
const { FieldCrypto, aadFor } = serverRequire("./dist/common/crypto/field-crypto.js");

export function cryptoFrom(env) {
  const keys = new Map(env.CCP_FIELD_KEYS.split(",").map((kv) => [kv.slice(0, kv.indexOf(":")), Buffer.from(kv.slice(kv.indexOf(":") + 1), "base64")]));
  return new FieldCrypto({ activeKid: env.CCP_FIELD_KEY_ACTIVE, keys }, Buffer.from(env.CCP_BLIND_INDEX_KEY, "base64"));
}

/** A message about as long as the ones people write (~600 characters). */
const body = (j) => `Message ${j}: ` + "I have attached the signed attendance sheet for the supervised practice hours, and my supervisor can confirm the dates. ".repeat(5);

/** `applications` applications (2 timeline events each) and `messages` messages for one person, straight into the database. */
export async function seedAccount(client, crypto, userId, applications, messages) {
  const base = Date.now() - 400 * 86_400_000;
  const programId = randomUUID();
  const apps = Array.from({ length: applications }, (_, i) => ({ id: randomUUID(), at: new Date(base + i * 3_600_000) }));
  const statement = (i) => `Application ${i}. ` + "I completed the twelve-week home care aide program, including supervised practice in two care homes. ".repeat(8);
  await client.query(
    `insert into applications (id, kind, status, applicant_user_id, program_id, certification_type_id, statement_enc, submitted_at, created_at, updated_at)
     select id, 'INDIVIDUAL_CERTIFICATION', 'SUBMITTED', $1, $2, coalesce((select id from certification_types limit 1), $2), s, c + interval '1 hour', c, c
       from unnest($3::uuid[], $4::text[], $5::timestamptz[]) as t(id, s, c)`,
    [userId, programId, apps.map((a) => a.id), apps.map((a, i) => crypto.encrypt(aadFor("applications", "statement", a.id), statement(i))), apps.map((a) => a.at)],
  );
  await client.query(
    `insert into application_events (id, application_id, from_status, to_status, actor_user_id, reason, at)
     select gen_random_uuid(), id, 'DRAFT', 'SUBMITTED', $1::uuid, null, c + interval '1 hour' from unnest($2::uuid[], $3::timestamptz[]) as t(id, c)
     union all select gen_random_uuid(), id, 'SUBMITTED', 'CHANGES_REQUESTED', null::uuid, 'Please add the attendance sheet', c + interval '2 hours' from unnest($2::uuid[], $3::timestamptz[]) as t(id, c)`,
    [userId, apps.map((a) => a.id), apps.map((a) => a.at)],
  );
  const staffId = randomUUID();
  for (let from = 0; from < messages; from += 2500) {
    const batch = Array.from({ length: Math.min(2500, messages - from) }, (_, k) => {
      const j = from + k;
      return { id: randomUUID(), thread: apps[j % applications].id, mine: j % 3 !== 0, at: new Date(base + j * 60_000), body: body(j) };
    });
    await client.query(
      `insert into messages (id, thread_type, thread_id, author_id, from_staff, body_enc, created_at)
       select id, 'APPLICATION', t, a, not m, b, c from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::boolean[], $5::text[], $6::timestamptz[]) as x(id, t, a, m, b, c)`,
      [batch.map((m) => m.id), batch.map((m) => m.thread), batch.map((m) => (m.mine ? userId : staffId)), batch.map((m) => m.mine), batch.map((m) => crypto.encrypt(aadFor("messages", "body", m.id), m.body)), batch.map((m) => m.at)],
    );
  }
}

/** Baseline: the same rows from pg through a cursor, decrypted, one JSON line each to a file. */
async function rawExport(client, crypto, userId, file) {
  const started = performance.now();
  const out = createWriteStream(file);
  const write = (line) => (out.write(line) ? undefined : new Promise((r) => out.once("drain", r)));
  await client.query("begin isolation level repeatable read read only");
  const queries = [
    ["applications", "select id, kind, status, program_id, statement_enc, submitted_at, decided_at, decision, decision_reason, created_at from applications where applicant_user_id = $1 order by created_at", (r) => ({ ...r, statement_enc: undefined, statement: crypto.decrypt(aadFor("applications", "statement", r.id), r.statement_enc) })],
    ["events", "select e.application_id, e.from_status, e.to_status, e.reason, e.at from application_events e join applications a on a.id = e.application_id where a.applicant_user_id = $1 order by e.at, e.seq", (r) => r],
    [
      "messages",
      `select m.id, m.thread_type, m.thread_id, m.from_staff, m.body_enc, m.created_at, (m.author_id = $1) as mine from messages m
        where m.thread_type = 'APPLICATION' and m.thread_id in (select id from applications where applicant_user_id = $1) order by m.created_at, m.seq`,
      (r) => ({ ...r, body_enc: undefined, body: crypto.decrypt(aadFor("messages", "body", r.id), r.body_enc) }),
    ],
  ];
  let rows = 0;
  for (const [name, sql, map] of queries) {
    await client.query(`declare raw_${name} no scroll cursor for ${sql}`, [userId]);
    for (;;) {
      const page = (await client.query(`fetch forward 500 from raw_${name}`)).rows;
      for (const r of page) await write(`${JSON.stringify(map(r))}\n`);
      rows += page.length;
      if (page.length < 500) break;
    }
  }
  await client.query("commit");
  await new Promise((r) => out.end(r));
  return { ms: Math.round(performance.now() - started), rows };
}

const rssKb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN);

/** Samples the processes' RSS every 10 ms until stopped; returns each one's peak (kB). */
function sampleRss(pids) {
  const peak = Object.fromEntries(pids.map((p) => [p, rssKb(p)]));
  const timer = setInterval(() => {
    for (const p of pids) peak[p] = Math.max(peak[p], rssKb(p));
  }, 10);
  return () => {
    clearInterval(timer);
    for (const p of pids) peak[p] = Math.max(peak[p], rssKb(p));
    return peak;
  };
}

const register = async (base, email, policies) =>
  (
    await gql(base, "mutation($i: AuthRegisterInput!) { authRegister(input: $i) { accessToken user { id } } }", {
      i: { email, password: "benchmark passphrase 1", firstName: "Heavy", lastName: "Account", dateOfBirth: "1990-01-01", acceptedPolicyVersionIds: policies },
    })
  ).authRegister;

/**
 * One export as the person would make it: ask, wait for COMPLETED, download. RSS of both API instances is
 * sampled throughout (both run jobs, either may write the export); growth is against their RSS just before.
 */
async function exportOnce({ base, token, client, pids, apiPid, expected }) {
  await new Promise((r) => setTimeout(r, 500));
  const idle = Object.fromEntries(pids.map((p) => [p, rssKb(p)]));
  const stopExport = sampleRss(pids);
  const started = performance.now();
  const made = await gql(base, "mutation { privacyRequestCreate(input: { kind: EXPORT }) { privacyRequest { id } errors { code } } }", {}, token);
  if (made.privacyRequestCreate.errors.length) throw new Error(JSON.stringify(made.privacyRequestCreate.errors));
  const id = made.privacyRequestCreate.privacyRequest.id;
  let pickedUpMs = null;
  let exportUrl;
  for (;;) {
    const r = (await gql(base, "query($id: ID!) { privacyRequest(id: $id) { status exportUrl } }", { id }, token)).privacyRequest;
    if (pickedUpMs === null && r.status !== "RECEIVED") pickedUpMs = Math.round(performance.now() - started);
    if (r.status === "COMPLETED") {
      exportUrl = r.exportUrl;
      break;
    }
    if (performance.now() - started > 300_000) throw new Error(`export not ready after 5 minutes (status ${r.status})`);
    await new Promise((res) => setTimeout(res, 20));
  }
  const readyMs = Math.round(performance.now() - started);
  const exportPeak = stopExport();

  const beforeDownload = rssKb(apiPid);
  const stopDownload = sampleRss([apiPid]);
  const dlStarted = performance.now();
  const res = await fetch(`${base}${exportUrl}`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`download answered ${res.status}`);
  const parts = [];
  for await (const part of res.body) parts.push(part);
  const downloadMs = Math.round(performance.now() - dlStarted);
  const downloadPeak = stopDownload();
  const text = Buffer.concat(parts).toString("utf8");
  const doc = JSON.parse(text);
  if (doc.sections.applications.length !== expected.applications || doc.sections.messages.messages.length !== expected.messages) {
    throw new Error(`the export holds ${doc.sections.applications.length} applications and ${doc.sections.messages.messages.length} messages`);
  }
  const [{ chunks }] = (await client.query("select count(*)::int chunks from privacy_export_chunks where request_id = $1", [id])).rows;
  const growth = (p) => Math.round((exportPeak[p] - idle[p]) / 1024);
  // The instance that ran the job is the one whose memory moved; the other stays near its idle RSS.
  const jobPid = pids.reduce((a, b) => (growth(b) > growth(a) ? b : a));
  return {
    readyMs,
    pickedUpMs,
    downloadMs,
    exportMb: Number((Buffer.byteLength(text) / 1048576).toFixed(1)),
    chunks,
    idleRssMb: Math.round(idle[jobPid] / 1024),
    peakRssMb: Math.round(exportPeak[jobPid] / 1024),
    peakGrowthMb: growth(jobPid),
    ratio: Number((exportPeak[jobPid] / idle[jobPid]).toFixed(2)),
    otherInstanceGrowthMb: pids.filter((p) => p !== jobPid).map(growth),
    downloadPeakGrowthMb: Math.round((downloadPeak[apiPid] - beforeDownload) / 1024),
  };
}

export async function run({ base, databaseUrl, env, dir, apiPid, devPid }) {
  const crypto = cryptoFrom(env);
  const policies = (await gql(base, "{ currentPolicyVersions { id } }")).currentPolicyVersions.map((p) => p.id);
  const heavy = await register(base, "bench.heavy@example.org", policies);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const seedStarted = performance.now();
    await seedAccount(client, crypto, heavy.user.id, APPLICATIONS, MESSAGES);
    const seedMs = Math.round(performance.now() - seedStarted);
    const raw = await rawExport(client, crypto, heavy.user.id, path.join(dir, "raw-export.jsonl"));
    rmSync(path.join(dir, "raw-export.jsonl"), { force: true });
    const pids = [apiPid, devPid].filter(Boolean);
    const m = await exportOnce({ base, token: heavy.accessToken, client, pids, apiPid, expected: { applications: APPLICATIONS, messages: MESSAGES } });
    // Streamed, memory should not follow the export's size: the same again with three times the rows.
    const triple = await register(base, "bench.heavier@example.org", policies);
    await seedAccount(client, crypto, triple.user.id, 3 * APPLICATIONS, 3 * MESSAGES);
    const x3 = await exportOnce({ base, token: triple.accessToken, client, pids, apiPid, expected: { applications: 3 * APPLICATIONS, messages: 3 * MESSAGES } });

    const result = writeResult({
      name: "heavy-export",
      unit: "ms",
      value: m.readyMs,
      baseline: raw.ms,
      ratio: Number((m.readyMs / Math.max(1, raw.ms)).toFixed(2)),
      p99Ms: null,
      readyMs: m.readyMs,
      pickedUpMs: m.pickedUpMs,
      downloadMs: m.downloadMs,
      exportMb: m.exportMb,
      chunks: m.chunks,
      rows: { applications: APPLICATIONS, applicationEvents: 2 * APPLICATIONS, messages: MESSAGES },
      seedMs,
      memory: { unit: "MB", idleRssMb: m.idleRssMb, peakRssMb: m.peakRssMb, peakGrowthMb: m.peakGrowthMb, ratio: m.ratio, otherInstanceGrowthMb: m.otherInstanceGrowthMb, downloadPeakGrowthMb: m.downloadPeakGrowthMb },
      tripleAccount: { rows: { applications: 3 * APPLICATIONS, messages: 3 * MESSAGES }, ...x3 },
      note: "time from privacyRequestCreate to COMPLETED (includes the job queue's pick-up, polled every 2 s) against a raw pg cursor → decrypt → JSON lines file; memory: peak VmRSS of the API instance that ran the job, sampled every 10 ms, against its RSS just before; tripleAccount: the same with 3× the rows",
    });
    return {
      result,
      row: [
        `heavy data export (${APPLICATIONS.toLocaleString("en")} applications, ${MESSAGES.toLocaleString("en")} messages; ${m.exportMb} MB JSON in ${m.chunks} chunks)`,
        `ready in ${m.readyMs} ms (job picked up after ${m.pickedUpMs} ms), download ${m.downloadMs} ms; peak RSS ${m.peakRssMb} MB (+${m.peakGrowthMb} MB exporting, +${m.downloadPeakGrowthMb} MB serving the download); 3× the rows (${x3.exportMb} MB): ready in ${x3.readyMs} ms, +${x3.peakGrowthMb} MB`,
        `${raw.ms} ms (pg cursor → decrypt → JSON lines, ${raw.rows} rows); idle RSS ${m.idleRssMb} MB`,
        `${result.ratio} (memory ×${m.ratio})`,
        "streamed: ≤ 500 rows and one 32 kB chunk held at a time; RSS growth is mostly uncollected garbage and varies with load — live memory: node bench/export-live-memory.mjs",
      ],
    };
  } finally {
    await client.end();
  }
}
