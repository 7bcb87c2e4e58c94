import { Client } from "pg";
import PgBoss from "pg-boss";

/**
 * A least-privilege PostgreSQL role for the running app (POL-SEC-AUDIT, ASVS 8.x): plain DML on the
 * application's tables, but on `audit_events` only SELECT and INSERT — so even code that tried could
 * not change or remove the audit trail, triggers or not. Migrations keep running as the owner
 * (`DATABASE_MIGRATION_URL`); new tables get the same grants through default privileges, and running
 * this again after an upgrade re-applies them. pg-boss keeps its own schema, where the app may create
 * its queue partitions.
 */
export async function ensureAppRole(ownerUrl: string, role: string, password: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new Error("The role name must be lower-case letters, digits and underscores (at most 63).");
  if (password.length < 16) throw new Error("Use a password of at least 16 characters for the app role.");
  const c = new Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const r = c.escapeIdentifier(role);
    const db = c.escapeIdentifier((await c.query<{ d: string }>("select current_database() as d")).rows[0].d);
    const exists = (await c.query("select 1 from pg_roles where rolname = $1", [role])).rowCount;
    await c.query(`${exists ? "alter" : "create"} role ${r} login nosuperuser nocreatedb nocreaterole noinherit password ${c.escapeLiteral(password)}`);
    await c.query("begin");
    await c.query(`grant connect on database ${db} to ${r}`);
    await c.query(`grant usage on schema public to ${r}`);
    await c.query(`grant select, insert, update, delete on all tables in schema public to ${r}`);
    await c.query(`revoke update, delete, truncate on audit_events from ${r}`);
    await c.query(`revoke insert, update, delete, truncate on migrations from ${r}`);
    await c.query(`grant usage, select on all sequences in schema public to ${r}`);
    await c.query(`alter default privileges in schema public grant select, insert, update, delete on tables to ${r}`);
    await c.query(`alter default privileges in schema public grant usage, select on sequences to ${r}`);
    await c.query("create schema if not exists pgboss");
    await c.query(`grant usage, create on schema pgboss to ${r}`);
    await c.query(`grant all on all tables in schema pgboss to ${r}`);
    await c.query(`grant all on all sequences in schema pgboss to ${r}`);
    await c.query(`grant execute on all functions in schema pgboss to ${r}`);
    await c.query(`alter default privileges in schema pgboss grant all on tables to ${r}`);
    await c.query(`alter default privileges in schema pgboss grant all on sequences to ${r}`);
    await handPgBossTo(c, role);
    await c.query("commit");
  } catch (err) {
    await c.query("rollback").catch(() => undefined);
    throw err;
  } finally {
    await c.end();
  }
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = encodeURIComponent(password);
  return url.toString();
}

/**
 * pg-boss makes a partition per queue, which only the owner of its tables may do: the app role owns
 * the objects of the `pgboss` schema (the owner installs and upgrades it; see installJobSchema).
 */
export async function handPgBossTo(c: Client, role: string): Promise<void> {
  const r = c.escapeIdentifier(role);
  const tables = await c.query<{ name: string }>(
    `select quote_ident(c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'pgboss' and c.relkind in ('r', 'p') and pg_get_userbyid(c.relowner) <> $1`,
    [role],
  );
  const fns = await c.query<{ sig: string }>(
    "select p.oid::regprocedure::text as sig from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'pgboss' and pg_get_userbyid(p.proowner) <> $1",
    [role],
  );
  if (!tables.rowCount && !fns.rowCount) return;
  await c.query(`grant ${r} to current_user`); // needed to give objects away (a superuser needs nothing)
  for (const t of tables.rows) await c.query(`alter table pgboss.${t.name} owner to ${r}`);
  for (const f of fns.rows) await c.query(`alter function ${f.sig} owner to ${r}`);
}

/** Install or upgrade the pg-boss schema as the owner, then hand it to the app role. */
export async function installJobSchema(ownerUrl: string, role: string): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: "pgboss", supervise: false, schedule: false, max: 1 });
  boss.on("error", () => undefined);
  await boss.start();
  await boss.stop({ graceful: false, wait: true, timeout: 2000 });
  const c = new Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    await c.query("begin");
    await handPgBossTo(c, role);
    await c.query("commit");
  } finally {
    await c.end();
  }
}
