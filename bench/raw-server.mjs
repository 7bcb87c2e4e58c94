// Baselines for the benchmarks: plain node:http + pg reading the same rows (no sessions, GraphQL or decryption).
import http from "node:http";
import { createRequire } from "node:module";

// pg is the server's dependency; load it from there.
const pg = createRequire(new URL("../server/package.json", import.meta.url))("pg");

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const QUEUE_SQL = `select a.id, a.kind, a.status, a.submitted_at, a.updated_at, u.id as applicant_id, u.first_name_enc, u.last_name_enc, u.email_enc,
       p.id as program_id, p.title as program_title, o.id as organization_id, o.name as organization_name, t.id as type_id, t.name as type_name, t.code as type_code
  from applications a
  join users u on u.id = a.applicant_user_id
  left join programs p on p.id = a.program_id
  left join organizations o on o.id = a.organization_id
  join certification_types t on t.id = a.certification_type_id
 where a.status = 'SUBMITTED' order by a.submitted_at, a.id limit 100`;

// The applicant dashboard's three reads: the person, their latest 4 applications (with program, type and credential)
// and total, their credentials (with program) and total.
const DASHBOARD = {
  viewer: [
    "select id, email_enc, email_verified_at, first_name_enc, last_name_enc, phone_enc, organization_name_enc, date_of_birth_enc, roles, totp_enabled_at, recovery_code_hashes, created_at from users where id = $1",
    "select p.id, p.kind, p.version, p.title, p.body, p.effective_at, p.material from policy_versions p where p.effective_at <= now() and p.material and not exists (select 1 from consent_records c where c.user_id = $1 and c.policy_version_id = p.id)",
  ],
  applications: [
    `select a.id, a.kind, a.status, a.created_at, a.updated_at, a.submitted_at, p.id as program_id, p.title as program_title, t.id as type_id, t.name as type_name, c.id as credential_id, c.number
       from applications a left join programs p on p.id = a.program_id join certification_types t on t.id = a.certification_type_id left join credentials c on c.application_id = a.id
      where a.applicant_user_id = $1 order by a.updated_at desc, a.id limit 4`,
    "select count(*) as n from applications where applicant_user_id = $1",
  ],
  credentials: [
    "select c.id, c.number, c.subject, t.name as title, c.status, c.valid_from, c.valid_until, p.id as program_id, p.title as program_title from credentials c join certification_types t on t.id = c.certification_type_id left join programs p on p.id = c.program_id where c.holder_user_id = $1 order by c.valid_from desc, c.id limit 10",
    "select count(*) as n from credentials where holder_user_id = $1",
  ],
};

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://x");
  if (url.pathname.startsWith("/dashboard/")) {
    const part = url.pathname.slice("/dashboard/".length);
    try {
      const answers = await Promise.all(DASHBOARD[part].map((text, i) => pool.query({ name: `raw_dashboard_${part}_${i}`, text, values: [url.searchParams.get("user")] })));
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(answers.map((a) => a.rows)));
    } catch (err) {
      res.writeHead(500).end(String(err.message));
    }
    return;
  }
  if (url.pathname === "/queue") {
    // Baseline for the review queue: the same page of 100 with its relations, and the total, in two statements.
    try {
      const [{ rows }, count] = await Promise.all([
        pool.query({ name: "raw_queue", text: QUEUE_SQL }),
        pool.query({ name: "raw_queue_count", text: "select count(*) as n from applications where status = 'SUBMITTED'" }),
      ]);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ totalCount: Number(count.rows[0].n), rows }));
    } catch {
      res.writeHead(500).end();
    }
    return;
  }
  const number = url.searchParams.get("number");
  try {
    const { rows } = await pool.query({ name: "raw_verify", text: "select number, status, valid_from, valid_until from credentials where number = $1", values: [number] });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(rows[0] ?? null));
  } catch {
    res.writeHead(500).end();
  }
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.("ready"));
process.on("SIGTERM", () => server.close(() => pool.end().then(() => process.exit(0))));
