// Baseline for the verification benchmark: plain node:http + pg looking up the same row.
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

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://x");
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
