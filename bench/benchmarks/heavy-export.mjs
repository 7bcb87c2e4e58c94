// Data export of a heavy account (issue #7): 1,000 applications (2 timeline events each) and 10,000 messages,
// seeded by SQL with values encrypted as the services encrypt them. The person asks for an export through the API
// (privacyRequestCreate, as the SPA does), a job instance writes it, the person downloads it.
// Figures: time to ready and download time, against a raw pg script that reads the same rows through a cursor,
// decrypts them and writes them to a file as JSON lines; and the API processes' resident memory while exporting and
// serving the download (sampled every 10 ms from /proc/<pid>/status), against their idle RSS just before.
import { createWriteStream, readFileSync, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { gql, serverRequire, writeResult } from "../lib.mjs";

const APPLICATIONS = 1000;
const MESSAGES = 10_000;
const pg = serverRequire("pg");
const { FieldCrypto, aadFor } = serverRequire("./dist/common/crypto/field-crypto.js");

function cryptoFrom(env) {
  const keys = new Map(env.CCP_FIELD_KEYS.split(",").map((kv) => [kv.slice(0, kv.indexOf(":")), Buffer.from(kv.slice(kv.indexOf(":") + 1), "base64")]));
  return new FieldCrypto({ activeKid: env.CCP_FIELD_KEY_ACTIVE, keys }, Buffer.from(env.CCP_BLIND_INDEX_KEY, "base64"));
}

/** A message about as long as the ones people write (~600 characters). */
const body = (j) => `Message ${j}: ` + "I have attached the signed attendance sheet for the supervised practice hours, and my supervisor can confirm the dates. ".repeat(5);

async function seedHeavy(client, crypto, userId) {
  const base = Date.now() - 400 * 86_400_000;
  const programId = randomUUID();
  const apps = Array.from({ length: APPLICATIONS }, (_, i) => ({ id: randomUUID(), at: new Date(base + i * 3_600_000) }));
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
  for (let from = 0; from < MESSAGES; from += 2500) {
    const batch = Array.from({ length: Math.min(2500, MESSAGES - from) }, (_, k) => {
      const j = from + k;
      return { id: randomUUID(), thread: apps[j % APPLICATIONS].id, mine: j % 3 !== 0, at: new Date(base + j * 60_000), body: body(j) };
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

export async function run({ base, databaseUrl, env, dir, apiPid, devPid }) {
  const crypto = cryptoFrom(env);
  const policies = (await gql(base, "{ currentPolicyVersions { id } }")).currentPolicyVersions.map((p) => p.id);
  const reg = await gql(base, "mutation($i: AuthRegisterInput!) { authRegister(input: $i) { accessToken user { id } } }", {
    i: { email: "bench.heavy@example.org", password: "benchmark passphrase 1", firstName: "Heavy", lastName: "Account", dateOfBirth: "1990-01-01", acceptedPolicyVersionIds: policies },
  });
  const token = reg.authRegister.accessToken;
  const userId = reg.authRegister.user.id;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const seedStarted = performance.now();
    await seedHeavy(client, crypto, userId);
    const seedMs = Math.round(performance.now() - seedStarted);
    const raw = await rawExport(client, crypto, userId, path.join(dir, "raw-export.jsonl"));
    rmSync(path.join(dir, "raw-export.jsonl"), { force: true });

    // Both API instances run jobs, so either may write the export: watch both.
    const pids = [apiPid, devPid].filter(Boolean);
    await new Promise((r) => setTimeout(r, 500));
    const idle = Object.fromEntries(pids.map((p) => [p, rssKb(p)]));
    const stopExport = sampleRss(pids);
    const started = performance.now();
    const made = await gql(base, "mutation { privacyRequestCreate(input: { kind: EXPORT }) { privacyRequest { id } errors { code } } }", {}, token);
    if (made.privacyRequestCreate.errors.length) throw new Error(JSON.stringify(made.privacyRequestCreate.errors));
    const id = made.privacyRequestCreate.privacyRequest.id;
    let pickedUpMs = null;
    let exportUrl = null;
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
    if (doc.sections.applications.length !== APPLICATIONS || doc.sections.messages.messages.length !== MESSAGES) {
      throw new Error(`the export holds ${doc.sections.applications.length} applications and ${doc.sections.messages.messages.length} messages`);
    }
    const [{ chunks }] = (await client.query("select count(*)::int chunks from privacy_export_chunks where request_id = $1", [id])).rows;

    const exportMb = Number((Buffer.byteLength(text) / 1048576).toFixed(1));
    const growth = (peak, p) => Math.round((peak[p] - idle[p]) / 1024);
    // The instance that ran the job is the one whose memory moved; the other stays at its idle RSS.
    const jobPid = pids.reduce((a, b) => (growth(exportPeak, b) > growth(exportPeak, a) ? b : a));
    const idleMb = Math.round(idle[jobPid] / 1024);
    const peakMb = Math.round(exportPeak[jobPid] / 1024);
    const result = writeResult({
      name: "heavy-export",
      unit: "ms",
      value: readyMs,
      baseline: raw.ms,
      ratio: Number((readyMs / Math.max(1, raw.ms)).toFixed(2)),
      p99Ms: null,
      readyMs,
      pickedUpMs,
      downloadMs,
      exportMb,
      chunks,
      rows: { applications: APPLICATIONS, applicationEvents: 2 * APPLICATIONS, messages: MESSAGES },
      seedMs,
      memory: {
        unit: "MB",
        idleRssMb: idleMb,
        peakRssMb: peakMb,
        peakGrowthMb: growth(exportPeak, jobPid),
        ratio: Number((exportPeak[jobPid] / idle[jobPid]).toFixed(2)),
        growthPerExportMb: Number((growth(exportPeak, jobPid) / exportMb).toFixed(2)),
        downloadPeakGrowthMb: growth(downloadPeak, apiPid),
        otherInstanceGrowthMb: pids.filter((p) => p !== jobPid).map((p) => growth(exportPeak, p)),
      },
      note: "time from privacyRequestCreate to COMPLETED (includes the job queue's pick-up, polled every 2 s) against a raw pg cursor → decrypt → JSON lines file; memory: peak VmRSS of the API instance that ran the job, sampled every 10 ms, against its idle RSS just before",
    });
    return {
      result,
      row: [
        `heavy data export (${APPLICATIONS.toLocaleString("en")} applications, ${MESSAGES.toLocaleString("en")} messages; ${exportMb} MB JSON in ${chunks} chunks)`,
        `ready in ${readyMs} ms (job picked up after ${pickedUpMs} ms), download ${downloadMs} ms; peak RSS ${peakMb} MB (+${result.memory.peakGrowthMb} MB exporting, +${result.memory.downloadPeakGrowthMb} MB serving the download)`,
        `${raw.ms} ms (pg cursor → decrypt → JSON lines, ${raw.rows} rows); idle RSS ${idleMb} MB`,
        `${result.ratio} (memory ×${result.memory.ratio})`,
        "streamed: one page of rows and one 256 kB chunk in memory",
      ],
    };
  } finally {
    await client.end();
  }
}
