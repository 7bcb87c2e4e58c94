import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { createDataSource, migrate } from "./data-source";

const MIGRATIONS_DIR = path.join(__dirname, "..", "..", "src", "database", "migrations");

/** Apply all migrations to a scratch database and ask TypeORM what the entities still need. */
export async function pendingSchemaChanges(adminUrl: string): Promise<{ up: string[]; down: string[] }> {
  const name = `ccp_migration_check_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const ds = createDataSource({ url: url.toString() });
  try {
    await ds.initialize();
    await migrate(ds);
    const sql = await ds.driver.createSchemaBuilder().log();
    const esc = (q: string) => q.replace(/\\/g, "\\\\").replace(/`/g, "\\`");
    return {
      up: sql.upQueries.map((q) => esc(q.query)),
      down: sql.downQueries.map((q) => esc(q.query)).reverse(),
    };
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
  }
}

/** Write `src/database/migrations/<timestamp>-<Name>.ts` and register it in the index. */
export function writeMigration(name: string, up: string[], down: string[], timestamp = Date.now()): string {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error("Migration name must be PascalCase, e.g. AddPrograms");
  const className = `${name}${timestamp}`;
  const file = path.join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
  const body = (qs: string[]) => qs.map((q) => `    await queryRunner.query(\`${q}\`);`).join("\n");
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from "typeorm";

export class ${className} implements MigrationInterface {
  name = "${className}";

  public async up(queryRunner: QueryRunner): Promise<void> {
${body(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${body(down)}
  }
}
`,
  );
  const index = path.join(MIGRATIONS_DIR, "index.ts");
  let src = readFileSync(index, "utf8");
  src = src.replace('import type { MigrationInterface } from "typeorm";', `import type { MigrationInterface } from "typeorm";\nimport { ${className} } from "./${timestamp}-${name}";`);
  src = src.replace(/\[([^\]]*)\];\s*$/, (_m, list: string) => {
    const items = list.split(",").map((s) => s.trim()).filter(Boolean);
    items.push(className);
    return `[\n  ${items.join(",\n  ")},\n];\n`;
  });
  writeFileSync(index, src);
  return file;
}
