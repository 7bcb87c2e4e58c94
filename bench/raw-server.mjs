// Baseline for the verification benchmark: plain node:http + pg looking up the same row.
import http from "node:http";
import { createRequire } from "node:module";

// pg is the server's dependency; load it from there.
const pg = createRequire(new URL("../server/package.json", import.meta.url))("pg");

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const server = http.createServer(async (req, res) => {
  const number = new URL(req.url, "http://x").searchParams.get("number");
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
