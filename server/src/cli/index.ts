import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DataSource } from "typeorm";
import { parseArgs } from "node:util";
import { openDatabase, prepareDatabase } from "../app/bootstrap";
import { ConfigError, loadConfig } from "../app/config";
import { createSchema, printSortedSchema, SCHEMA_FILE, writeSchemaFile } from "../app/schema";
import { renderAuthorizationMarkdown } from "../app/authorization-matrix";

const AUTHORIZATION_DOC = path.join(__dirname, "..", "..", "..", "docs", "AUTHORIZATION.md");
import { formatSecretsAsShell, generateSecrets } from "../common/crypto/secrets";
import { createLogger } from "../common/logger";
import { pendingSchemaChanges, writeMigration } from "../database/migration-generator";
import { createUserCommand } from "./user-create";
import { ensureAppRole } from "../database/app-role";
import { backupDatabase, erasuresIn, manifestPathOf, readErasureLedger, restoreDatabase } from "../database/backup";
import { AuditService } from "../modules/audit/audit.service";
import { verifyChain } from "../modules/audit/audit-chain";
import { ErasureService } from "../modules/privacy/erasure.service";
import { FieldCrypto } from "../common/crypto/field-crypto";
import { KeyRotationService } from "../common/crypto/key-rotation";
import { createServices } from "../app/services.factory";
import { systemClock } from "../common/clock";

const HELP = `CareCorePlus admin CLI — pnpm cli <command> [options]

  user:create --email E --password P --role ADMIN|REVIEWER|APPLICANT --first-name F --last-name L --date-of-birth YYYY-MM-DD
                                  create a user (the only way to create the first admin); prints the id
  secrets:generate                print export lines for every production secret (source them)
  db:migrate                      apply pending migrations and seed data
  db:seed                         publish seed data (privacy policy v1) if missing
  db:app-role [--role ccp_app] [--password P]
                                  create or update a least-privilege role for the running app (no UPDATE/DELETE on the
                                  audit trail, no DDL); prints DATABASE_URL / DATABASE_MIGRATION_URL to use
  db:migration:generate <Name> [--check]
                                  write a migration for entity changes; --check fails when one is needed
  schema:emit [--check]           write server/schema.graphql and docs/AUTHORIZATION.md; --check fails when either is out of date
  keys:issuer:rotate              new Ed25519 issuer key; the old one stays in did.json so issued credentials verify
  keys:field:new                  a new field-encryption key becomes active (development: written to secrets.json;
                                  production: prints the CCP_FIELD_KEYS / CCP_FIELD_KEY_ACTIVE to set)
  keys:rotate [--dry-run] [--batch-size N]
                                  re-encrypt every value still under an older field key (resumable; safe while running)
  keys:blind-index:rotate         recompute e-mail lookup indexes with CCP_BLIND_INDEX_KEY_NEW (app stopped)
  retention:run [--dry-run]       apply the retention schedule now (dry run: only count what is due); prints the report
  backup [--out FILE]             pg_dump of the database (embedded or DATABASE_URL) + a manifest (sha256, row counts,
                                  checksums); default CCP_DATA_DIR/backups/ccp-<time>.dump
  restore --file FILE [--target URL] [--replace] [--erasures-from URL] [--erasure-ledger FILE]
                                  restore into the database (or --target), check it against the manifest, and re-apply
                                  erasures made after the backup (from the replaced database's audit trail, another
                                  database, or a ledger file). Stop the app first.
  audit:verify FILE               check a hash-chained audit export (GET /api/audit/export): intact, or the first broken line
  erasures:export [--since ISO] [--out FILE]
                                  the erasure ledger (user ids and times, no personal data) as JSON lines
`;

/**
 * A path the person typed, from the folder they typed it in: `pnpm cli …` runs in server/, and pnpm
 * tells where it was started in INIT_CWD.
 */
const fromUserCwd = (file: string): string => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

async function withDatabase<T>(fn: (url: string, adminUrl: string) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? "warn", { stderr: true });
  const db = await openDatabase(config, logger, { owner: false });
  try {
    // Admin commands (migrations, backups, restores, key rotation) run as the schema owner when the app has its own role.
    const url = config.databaseMigrationUrl ?? db.url;
    const admin = new URL(url);
    if (!config.databaseUrl) admin.pathname = "/postgres";
    return await fn(url, admin.toString());
  } finally {
    await db.stop();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "secrets:generate":
      process.stdout.write(`# CareCorePlus production secrets — keep them in your secret store, never in git.\n${formatSecretsAsShell(generateSecrets())}\n`);
      return 0;
    case "user:create":
      return createUserCommand(rest);
    case "db:migrate":
    case "db:seed":
      return withDatabase(async (url) => {
        const ds = await prepareDatabase(url, createLogger("info", { stderr: true }));
        await ds.destroy();
        process.stdout.write("Database is up to date.\n");
        return 0;
      });
    case "db:migration:generate": {
      const { values, positionals } = parseArgs({ args: rest, options: { check: { type: "boolean" } }, allowPositionals: true });
      return withDatabase(async (_url, adminUrl) => {
        const migrationAdmin = process.env.TEST_DATABASE_URL ?? adminUrl;
        const { up, down } = await pendingSchemaChanges(migrationAdmin);
        if (up.length === 0) {
          process.stdout.write("Entities and migrations agree: no migration needed.\n");
          return 0;
        }
        if (values.check) {
          process.stderr.write(`Migration drift: entities need ${up.length} change(s) not in any migration:\n${up.map((q) => `  ${q}`).join("\n")}\nRun: pnpm db:migration:generate <Name>\n`);
          return 1;
        }
        const name = positionals[0];
        if (!name) {
          process.stderr.write("Give the migration a PascalCase name: pnpm db:migration:generate AddPrograms\n");
          return 2;
        }
        process.stdout.write(`Wrote ${writeMigration(name, up, down)}\n`);
        return 0;
      });
    }
    case "keys:issuer:rotate":
      return withDatabase(async (url) => {
        const config = loadConfig();
        const logger = createLogger(process.env.LOG_LEVEL ?? "warn", { stderr: true });
        const ds = await prepareDatabase(url, logger);
        try {
          const services = createServices({ config, clock: systemClock, logger, ds, databaseUrl: url });
          const key = await ds.transaction(async (em) => {
            const k = await services.credentials.issuer.rotate(em);
            await services.audit.record(em, { type: "SYSTEM", userId: null, requestId: null }, { action: "issuer_key.rotated", targetType: "issuer_key", targetId: k.id });
            return k;
          });
          process.stdout.write(`${services.credentials.issuer.did()}#${key.fragment}\n`);
          return 0;
        } finally {
          await ds.destroy();
        }
      });
    case "keys:field:new": {
      // A new field-encryption key becomes the active one; old keys stay to read until keys:rotate is done.
      const config = loadConfig();
      const kid = `k${new Date().toISOString().slice(0, 10).replaceAll("-", "")}${randomBytes(2).toString("hex")}`;
      const key = `${kid}:${randomBytes(32).toString("base64")}`;
      const existing = [...config.fieldKeyring.keys].map(([k, v]) => `${k}:${v.toString("base64")}`).join(",");
      if (process.env.CCP_FIELD_KEYS) {
        process.stdout.write(`# Put these in your secret store, restart every API instance, then run: pnpm cli keys:rotate\nexport CCP_FIELD_KEYS='${existing},${key}'\nexport CCP_FIELD_KEY_ACTIVE='${kid}'\n`);
        return 0;
      }
      const file = path.join(config.dataDir, "secrets.json");
      const secrets = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
      writeFileSync(file, JSON.stringify({ ...secrets, CCP_FIELD_KEYS: `${existing},${key}`, CCP_FIELD_KEY_ACTIVE: kid }, null, 2), { mode: 0o600 });
      process.stdout.write(`New active field key ${kid} written to ${file} (development secrets).\nRestart the app, then run: pnpm cli keys:rotate\n`);
      return 0;
    }
    case "keys:rotate": {
      const { values } = parseArgs({ args: rest, options: { "dry-run": { type: "boolean" }, "batch-size": { type: "string" } } });
      const batchSize = Number(values["batch-size"] ?? 500);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
        process.stderr.write("--batch-size must be a whole number from 1 to 10000.\n");
        return 2;
      }
      return withDatabase(async (url) => {
        const config = loadConfig();
        const logger = createLogger(process.env.LOG_LEVEL ?? "warn", { stderr: true });
        const ds = await prepareDatabase(url, logger);
        try {
          const rotation = new KeyRotationService(ds, new FieldCrypto(config.fieldKeyring, config.blindIndexKey));
          const report = values["dry-run"]
            ? await rotation.pending()
            : await rotation.rotate({ batchSize, onProgress: (p) => process.stderr.write(`  ${p.table}.${p.column}: ${p.rotated} re-encrypted\n`) });
          let left = 0;
          for (const r of report) {
            left += r.pending;
            if (r.pending || r.rotated) process.stdout.write(`${`${r.table}.${r.column}`.padEnd(48)} ${String(r.rotated).padStart(7)} re-encrypted ${String(r.pending).padStart(7)} left\n`);
          }
          process.stdout.write(left === 0 ? `Every value is under the active key ${config.fieldKeyring.activeKid}; older keys can be removed from CCP_FIELD_KEYS.\n` : `${left} values still under older keys${values["dry-run"] ? "" : " (run again to continue)"}.\n`);
          return 0;
        } finally {
          await ds.destroy();
        }
      });
    }
    case "keys:blind-index:rotate": {
      // Offline: stop every API instance first. New key from CCP_BLIND_INDEX_KEY_NEW, or generated for development secrets.
      const config = loadConfig();
      const dev = !process.env.CCP_BLIND_INDEX_KEY;
      const next = process.env.CCP_BLIND_INDEX_KEY_NEW ?? (dev ? randomBytes(32).toString("base64") : "");
      if (Buffer.from(next, "base64").length !== 32) {
        process.stderr.write("Set CCP_BLIND_INDEX_KEY_NEW to a new base64 32-byte key (e.g. openssl rand -base64 32), stop the app, then run this again.\n");
        return 2;
      }
      return withDatabase(async (url) => {
        const logger = createLogger(process.env.LOG_LEVEL ?? "warn", { stderr: true });
        const ds = await prepareDatabase(url, logger);
        try {
          const crypto = new FieldCrypto(config.fieldKeyring, config.blindIndexKey);
          const counts = await new KeyRotationService(ds, crypto).rotateBlindIndex(new FieldCrypto(config.fieldKeyring, Buffer.from(next, "base64")));
          await ds.transaction((em) => new AuditService(systemClock).record(em, { type: "SYSTEM", userId: null, requestId: null }, { action: "blind_index_key.rotated", metadata: counts }));
          process.stdout.write(`Recomputed: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(", ")}.\n`);
          if (dev) {
            const file = path.join(config.dataDir, "secrets.json");
            const secrets = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
            writeFileSync(file, JSON.stringify({ ...secrets, CCP_BLIND_INDEX_KEY: next }, null, 2), { mode: 0o600 });
            process.stdout.write(`The new key is in ${file}. Start the app again.\n`);
          } else process.stdout.write("Now set CCP_BLIND_INDEX_KEY to the value of CCP_BLIND_INDEX_KEY_NEW everywhere and start the app again.\n");
          return 0;
        } finally {
          await ds.destroy();
        }
      });
    }
    case "db:app-role": {
      const { values } = parseArgs({ args: rest, options: { role: { type: "string" }, password: { type: "string" } } });
      const config = loadConfig();
      if (!config.databaseUrl) {
        process.stderr.write("db:app-role is for a PostgreSQL server: set DATABASE_URL (or DATABASE_MIGRATION_URL) to the schema owner.\n");
        return 2;
      }
      const role = values.role ?? "ccp_app";
      const password = values.password ?? randomBytes(24).toString("base64url");
      return withDatabase(async (url) => {
        const appUrl = await ensureAppRole(url, role, password);
        process.stdout.write(
          `Role ${role} is ready: it can read and write the app's tables but only read and append the audit trail.\n` +
            `Run the app with DATABASE_MIGRATION_URL set to the owner's URL (the one used now) and:\n  DATABASE_URL='${appUrl}'\n` +
            "Run this command again after upgrades that add tables (the grants are re-applied).\n",
        );
        return 0;
      });
    }
    case "retention:run": {
      const { values } = parseArgs({ args: rest, options: { "dry-run": { type: "boolean" } } });
      return withDatabase(async (url) => {
        const config = loadConfig();
        const logger = createLogger(process.env.LOG_LEVEL ?? "warn", { stderr: true });
        const ds = await prepareDatabase(url, logger);
        try {
          const services = createServices({ config, clock: systemClock, logger, ds, databaseUrl: url });
          const run = await services.retention.run("CLI", values["dry-run"] === true);
          for (const r of run.report) process.stdout.write(`${r.rule.padEnd(18)} ${String(r.count).padStart(7)}  ${run.dryRun ? "due" : "removed"}  (${r.clause}: ${r.description}; before ${r.cutoff.slice(0, 10)})\n`);
          return 0;
        } finally {
          await ds.destroy();
        }
      });
    }
    case "backup": {
      const { values } = parseArgs({ args: rest, options: { out: { type: "string" } } });
      return withDatabase(async (url) => {
        const config = loadConfig();
        const now = new Date();
        const file = values.out ? fromUserCwd(values.out) : path.join(config.dataDir, "backups", `ccp-${now.toISOString().replace(/[:.]/g, "-")}.dump`);
        mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
        const m = await backupDatabase(url, file, now);
        const rows = Object.values(m.tables).reduce((n, t) => n + t.rows, 0);
        process.stdout.write(`${file}\n  ${Object.keys(m.tables).length} tables, ${rows} rows, ${m.bytes} bytes, sha256 ${m.sha256}\n  manifest: ${manifestPathOf(file)}\n`);
        return 0;
      });
    }
    case "restore": {
      const { values } = parseArgs({ args: rest, options: { file: { type: "string" }, target: { type: "string" }, replace: { type: "boolean" }, "erasures-from": { type: "string" }, "erasure-ledger": { type: "string" } } });
      if (!values.file) {
        process.stderr.write(`restore needs --file.\n\n${HELP}`);
        return 2;
      }
      return withDatabase(async (url) => {
        const config = loadConfig();
        const logger = createLogger(process.env.LOG_LEVEL ?? "warn", { stderr: true });
        const target = values.target ?? url;
        const erasures = [...(values["erasures-from"] ? await erasuresIn(values["erasures-from"]) : []), ...(values["erasure-ledger"] ? readErasureLedger(fromUserCwd(values["erasure-ledger"])) : [])];
        let ds: DataSource | undefined;
        try {
          const report = await restoreDatabase({
            file: fromUserCwd(values.file!),
            target,
            replace: values.replace === true,
            erasures,
            eraseUser: async (userId) => {
              ds ??= await prepareDatabase(target, logger);
              const erasure = new ErasureService(systemClock, new FieldCrypto(config.fieldKeyring, config.blindIndexKey), new AuditService(systemClock));
              await ds.transaction((em) => erasure.eraseUser(em, userId, { type: "SYSTEM", userId: null, requestId: null }, "restore"));
            },
          });
          ds ??= await prepareDatabase(target, logger); // applies migrations newer than the backup
          await ds.transaction((em) => new AuditService(systemClock).record(em, { type: "SYSTEM", userId: null, requestId: null }, { action: "backup.restored", metadata: { backup: report.manifest.file, createdAt: report.manifest.createdAt, mismatches: report.mismatches.length, erasuresReapplied: report.erasuresReapplied.length } }));
          process.stdout.write(`Restored ${report.manifest.file} (taken ${report.manifest.createdAt}).\n  tables checked: ${Object.keys(report.manifest.tables).length}, mismatches: ${report.mismatches.length}\n  erasures re-applied: ${report.erasuresReapplied.length}\n`);
          for (const m of report.mismatches) process.stdout.write(`  MISMATCH ${m.table}: expected ${m.expected.rows} rows, found ${m.actual?.rows ?? "no table"}\n`);
          return report.mismatches.length ? 1 : 0;
        } finally {
          if (ds?.isInitialized) await ds.destroy();
        }
      });
    }
    case "erasures:export": {
      const { values } = parseArgs({ args: rest, options: { since: { type: "string" }, out: { type: "string" } } });
      const since = values.since ? new Date(values.since) : undefined;
      if (since && Number.isNaN(since.getTime())) {
        process.stderr.write("--since must be an ISO date, e.g. 2026-11-01T00:00:00Z\n");
        return 2;
      }
      return withDatabase(async (url) => {
        const lines = (await erasuresIn(url, since)).map((e) => JSON.stringify(e)).join("\n");
        if (values.out) writeFileSync(fromUserCwd(values.out), lines ? `${lines}\n` : "", { mode: 0o600 });
        else if (lines) process.stdout.write(`${lines}\n`);
        return 0;
      });
    }
    case "audit:verify": {
      const file = rest[0];
      if (!file) {
        process.stderr.write(`audit:verify needs the exported file.\n\n${HELP}`);
        return 2;
      }
      const r = verifyChain(readFileSync(fromUserCwd(file), "utf8"));
      if (r.ok) {
        process.stdout.write(`Intact: ${r.events} events, chain head ${r.head}\n`);
        return 0;
      }
      process.stdout.write(`BROKEN at line ${r.line}: ${r.reason}\n`);
      return 1;
    }
    case "schema:emit": {
      // Emitted artifacts: server/schema.graphql and docs/AUTHORIZATION.md (the authorization matrix).
      const { values } = parseArgs({ args: rest, options: { check: { type: "boolean" } } });
      const printed = printSortedSchema(await createSchema());
      const matrix = renderAuthorizationMarkdown();
      if (values.check) {
        const read = (f: string) => {
          try {
            return readFileSync(f, "utf8");
          } catch {
            return ""; // missing counts as drift
          }
        };
        let drift = false;
        if (read(SCHEMA_FILE) !== printed) {
          process.stderr.write("server/schema.graphql is out of date. Run: pnpm --filter @ccp/server schema:emit\n");
          drift = true;
        }
        if (read(AUTHORIZATION_DOC) !== matrix) {
          process.stderr.write("docs/AUTHORIZATION.md is out of date. Run: pnpm --filter @ccp/server schema:emit\n");
          drift = true;
        }
        if (drift) return 1;
        process.stdout.write("server/schema.graphql and docs/AUTHORIZATION.md are up to date.\n");
        return 0;
      }
      writeSchemaFile(await createSchema());
      writeFileSync(AUTHORIZATION_DOC, matrix);
      process.stdout.write(`Wrote ${SCHEMA_FILE} and ${AUTHORIZATION_DOC}\n`);
      return 0;
    }
    case undefined:
    case "help":
    case "--help":
      process.stdout.write(HELP);
      return 0;
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${HELP}`);
      return 2;
  }
}


main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err) => {
    process.stderr.write(`${err instanceof ConfigError ? err.message : err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
