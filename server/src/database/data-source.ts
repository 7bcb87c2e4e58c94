import { DataSource } from "typeorm";
import { ENTITIES } from "./entities";
import { MIGRATIONS } from "./migrations";
import { SnakeNamingStrategy } from "./naming-strategy";

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  /** Postgres statement_timeout in ms (SECURITY.md: ~5 s). */
  statementTimeoutMs?: number;
}

/** TLS is used when the URL asks for it (`sslmode=require|verify-full`), as libpq would. */
function sslFromUrl(url: string): boolean | { rejectUnauthorized: boolean } | undefined {
  const mode = new URL(url).searchParams.get("sslmode");
  if (!mode || mode === "disable") return undefined;
  return { rejectUnauthorized: mode === "verify-full" || mode === "verify-ca" };
}

export function createDataSource(opts: DataSourceOptions): DataSource {
  return new DataSource({
    type: "postgres",
    url: opts.url,
    ssl: sslFromUrl(opts.url),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: "migrations",
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    uuidExtension: "pgcrypto",
    installExtensions: false,
    logging: false,
    extra: {
      max: opts.poolSize ?? 10,
      statement_timeout: opts.statementTimeoutMs ?? 5000,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30_000,
    },
  });
}

/** Apply pending migrations, each in its own transaction. */
export async function migrate(ds: DataSource): Promise<string[]> {
  const applied = await ds.runMigrations({ transaction: "each" });
  return applied.map((m) => m.name);
}
