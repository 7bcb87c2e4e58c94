import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";

const run = promisify(execFile);

/**
 * Backup and restore (POL-SEC-BACKUP): pg_dump / pg_restore in the custom format for the embedded
 * database and a PostgreSQL server alike, a manifest beside every dump (sha256 of the file, row
 * counts and checksums of every table, migration head), a restore that checks all of them, and
 * re-application of erasures recorded after the backup was taken — a restore must never bring back
 * a person who asked to be deleted (POL-RIGHT-DELETE).
 */

export interface TableFingerprint {
  rows: number;
  /** md5 over the md5 of every row's text form, in a fixed order. */
  checksum: string;
}

export interface BackupManifest {
  format: "carecoreplus.backup.v1";
  createdAt: string;
  file: string;
  sha256: string;
  bytes: number;
  serverVersion: string;
  lastMigration: string | null;
  tables: Record<string, TableFingerprint>;
}

export interface ErasureEntry {
  userId: string;
  at: string;
}

export interface RestoreReport {
  manifest: BackupManifest;
  /** Tables whose restored rows differ from the manifest (empty when the restore is faithful). */
  mismatches: { table: string; expected: TableFingerprint; actual: TableFingerprint | null }[];
  /** Erasures recorded after the backup, applied to the restored copy. */
  erasuresReapplied: string[];
}

export class BackupError extends Error {}

/** pg_dump / pg_restore: PG_BIN_DIR, else PATH, else the newest /usr/lib/postgresql/<major>/bin. */
export function pgTool(name: "pg_dump" | "pg_restore"): string {
  const dirs = [process.env.PG_BIN_DIR, ...(process.env.PATH ?? "").split(path.delimiter)].filter((d): d is string => !!d);
  if (existsSync("/usr/lib/postgresql")) {
    const majors = readdirSync("/usr/lib/postgresql").filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(b) - Number(a));
    dirs.push(...majors.map((m) => `/usr/lib/postgresql/${m}/bin`));
  }
  for (const d of dirs) {
    const p = path.join(d, name);
    if (existsSync(p)) return p;
  }
  throw new BackupError(`${name} was not found. Install the PostgreSQL client tools (Debian: apt-get install postgresql-client) or set PG_BIN_DIR to the folder that holds ${name}.`);
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** libpq arguments without the password in the process list: it goes through PGPASSWORD. */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return { dbname: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Row count and checksum of every table in the public schema (the application's data). */
async function fingerprintWith(c: Client): Promise<Record<string, TableFingerprint>> {
  const { rows: tables } = await c.query<{ name: string }>("select tablename as name from pg_tables where schemaname = 'public' order by tablename");
  const out: Record<string, TableFingerprint> = {};
  for (const { name } of tables) {
    const { rows } = await c.query<{ n: string; sum: string | null }>(
      `select count(*) as n, md5(coalesce(string_agg(h, '' order by h), '')) as sum from (select md5(t::text) as h from ${quoteIdent(name)} t) x`,
    );
    out[name] = { rows: Number(rows[0].n), checksum: rows[0].sum ?? "" };
  }
  return out;
}

export const fingerprint = (url: string) => withClient(url, fingerprintWith);

function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash("sha256");
    createReadStream(file)
      .on("data", (d) => h.update(d))
      .on("error", reject)
      .on("end", () => resolve(h.digest("hex")));
  });
}

export const manifestPathOf = (file: string) => `${file}.manifest.json`;

/** Dump the database to `file` (custom format) and write its manifest beside it. */
export async function backupDatabase(url: string, file: string, now: Date = new Date()): Promise<BackupManifest> {
  // The fingerprint and the dump read the same snapshot, so the manifest describes exactly what the file holds
  // even while the application keeps writing.
  const { tables, meta } = await withClient(url, async (c) => {
    await c.query("begin isolation level repeatable read read only");
    try {
      const snapshot = (await c.query<{ s: string }>("select pg_export_snapshot() as s")).rows[0].s;
      const tables = await fingerprintWith(c);
      const v = await c.query<{ v: string }>("show server_version");
      if (!(await c.query<{ t: string | null }>("select to_regclass('public.migrations') as t")).rows[0].t) {
        throw new BackupError("This database holds no CareCorePlus data yet (no migrations table): start the app once, or check DATABASE_URL.");
      }
      const m = await c.query<{ name: string }>("select name from migrations order by timestamp desc, id desc limit 1");
      try {
        const conn = connection(url);
        await run(pgTool("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", "--compress=6", `--snapshot=${snapshot}`, `--file=${file}`, `--dbname=${conn.dbname}`], { env: conn.env, maxBuffer: 16 * 1024 * 1024 });
      } catch (err) {
        if (err instanceof BackupError) throw err;
        throw new BackupError(`pg_dump failed: ${(err as { stderr?: string }).stderr?.trim() || (err as Error).message}`);
      }
      return { tables, meta: { serverVersion: v.rows[0].v, lastMigration: m.rows[0]?.name ?? null } };
    } finally {
      await c.query("commit");
    }
  });
  const manifest: BackupManifest = {
    format: "carecoreplus.backup.v1",
    createdAt: now.toISOString(),
    file: path.basename(file),
    sha256: await sha256File(file),
    bytes: statSync(file).size,
    ...meta,
    tables,
  };
  writeFileSync(manifestPathOf(file), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

/** Erasures recorded in a database's audit trail (ids and times only), optionally after a moment. */
export async function erasuresIn(url: string, after?: Date): Promise<ErasureEntry[]> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ user_id: string; at: Date }>(
      "select target_id as user_id, at from audit_events where action = 'user.erased' and ($1::timestamptz is null or at > $1) order by at, id",
      [after ?? null],
    );
    return rows.map((r) => ({ userId: r.user_id, at: r.at.toISOString() }));
  });
}

/** A JSON-lines erasure ledger (`pnpm cli erasures:export`), read back for a restore. */
export function readErasureLedger(file: string): ErasureEntry[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const e = JSON.parse(l) as Partial<ErasureEntry>;
      if (typeof e.userId !== "string" || typeof e.at !== "string") throw new BackupError(`Erasure ledger line ${i + 1} is not { userId, at }.`);
      return { userId: e.userId, at: e.at };
    });
}

export interface RestoreOptions {
  file: string;
  target: string;
  /** Drop what the target holds first (otherwise it must be empty). */
  replace?: boolean;
  /**
   * Erasures to re-apply; those at or before the backup time are skipped (already in the dump). With
   * `replace`, the erasures in the target's own audit trail are added before it is dropped.
   */
  erasures?: ErasureEntry[];
  /** Re-applies one erasure in the restored database (the application's ErasureService). */
  eraseUser: (userId: string) => Promise<void>;
}

/** Restore a dump into `target`, check it against its manifest, then re-apply later erasures. */
export async function restoreDatabase(o: RestoreOptions): Promise<RestoreReport> {
  const manifestFile = manifestPathOf(o.file);
  if (!existsSync(o.file)) throw new BackupError(`No backup file at ${o.file}.`);
  if (!existsSync(manifestFile)) throw new BackupError(`The manifest ${manifestFile} is missing: without it the restore cannot be checked.`);
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as BackupManifest;
  if (manifest.format !== "carecoreplus.backup.v1") throw new BackupError(`Unknown backup format ${String(manifest.format)}.`);
  if ((await sha256File(o.file)) !== manifest.sha256) throw new BackupError("The backup file does not match its manifest (sha256): it is damaged or was changed.");

  const erasures = [...(o.erasures ?? [])];
  await withClient(o.target, async (c) => {
    const { rows } = await c.query<{ n: string }>("select count(*) as n from pg_tables where schemaname in ('public', 'pgboss')");
    if (Number(rows[0].n) > 0) {
      if (!o.replace) throw new BackupError("The target database is not empty. Restore into an empty database, or pass --replace to drop what it holds.");
      // Restoring over a live database: its audit trail is the record of erasures made since the backup.
      const audit = await c.query("select 1 from pg_tables where schemaname = 'public' and tablename = 'audit_events'");
      if (audit.rowCount) erasures.push(...(await erasuresIn(o.target)));
      await c.query("drop schema if exists pgboss cascade");
      await c.query("drop schema public cascade");
      await c.query("create schema public");
    }
  });
  try {
    const conn = connection(o.target);
    await run(pgTool("pg_restore"), ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${conn.dbname}`, o.file], { env: conn.env, maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    throw new BackupError(`pg_restore failed: ${(err as { stderr?: string }).stderr?.trim() || (err as Error).message}`);
  }

  const actual = await fingerprint(o.target);
  const mismatches = Object.entries(manifest.tables)
    .filter(([t, fp]) => actual[t]?.rows !== fp.rows || actual[t]?.checksum !== fp.checksum)
    .map(([table, expected]) => ({ table, expected, actual: actual[table] ?? null }));

  const since = new Date(manifest.createdAt).getTime();
  const due = [...new Map(erasures.filter((e) => new Date(e.at).getTime() > since).map((e) => [e.userId, e])).values()];
  const erasuresReapplied: string[] = [];
  for (const e of due) {
    const present = await withClient(o.target, async (c) => (await c.query<{ erased_at: Date | null }>("select erased_at from users where id = $1", [e.userId])).rows[0]);
    if (!present || present.erased_at) continue;
    await o.eraseUser(e.userId);
    erasuresReapplied.push(e.userId);
  }
  return { manifest, mismatches, erasuresReapplied };
}
