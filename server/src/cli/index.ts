import "reflect-metadata";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { openDatabase, prepareDatabase } from "../app/bootstrap";
import { ConfigError, loadConfig } from "../app/config";
import { createSchema, printSortedSchema, SCHEMA_FILE, writeSchemaFile } from "../app/schema";
import { formatSecretsAsShell, generateSecrets } from "../common/crypto/secrets";
import { createLogger } from "../common/logger";
import { pendingSchemaChanges, writeMigration } from "../database/migration-generator";
import { createUserCommand } from "./user-create";
import { createServices } from "../app/services.factory";
import { systemClock } from "../common/clock";

const HELP = `CareCorePlus admin CLI — pnpm cli <command> [options]

  user:create --email E --password P --role ADMIN|REVIEWER|APPLICANT --first-name F --last-name L --date-of-birth YYYY-MM-DD
                                  create a user (the only way to create the first admin); prints the id
  secrets:generate                print export lines for every production secret (source them)
  db:migrate                      apply pending migrations and seed data
  db:seed                         publish seed data (privacy policy v1) if missing
  db:migration:generate <Name> [--check]
                                  write a migration for entity changes; --check fails when one is needed
  schema:emit [--check]           write server/schema.graphql; --check fails when it is out of date
  keys:issuer:rotate              new Ed25519 issuer key; the old one stays in did.json so issued credentials verify
  retention:run [--dry-run]       apply the retention schedule now (dry run: only count what is due); prints the report
`;

async function withDatabase<T>(fn: (url: string, adminUrl: string) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? "warn", { stderr: true });
  const db = await openDatabase(config, logger, { owner: false });
  try {
    const admin = new URL(db.url);
    if (!config.databaseUrl) admin.pathname = "/postgres";
    return await fn(db.url, admin.toString());
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
    case "schema:emit": {
      const { values } = parseArgs({ args: rest, options: { check: { type: "boolean" } } });
      const printed = printSortedSchema(await createSchema());
      if (values.check) {
        let current = "";
        try {
          current = readFileSync(SCHEMA_FILE, "utf8");
        } catch {
          /* missing counts as drift */
        }
        if (current !== printed) {
          process.stderr.write("server/schema.graphql is out of date. Run: pnpm --filter @ccp/server schema:emit\n");
          return 1;
        }
        process.stdout.write("server/schema.graphql is up to date.\n");
        return 0;
      }
      writeSchemaFile(await createSchema());
      process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
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
