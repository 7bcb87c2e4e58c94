import { DataSource, type Logger as TypeOrmLogger } from "typeorm";
import { requestStore } from "../app/context";
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
export function sslFromUrl(url: string): boolean | { rejectUnauthorized: boolean } | undefined {
  const mode = new URL(url).searchParams.get("sslmode");
  if (!mode || mode === "disable") return undefined;
  return { rejectUnauthorized: mode === "verify-full" || mode === "verify-ca" };
}

/** Counts SQL statements per HTTP request (for N+1 tests and the X-Query-Count header); prints nothing. */
class QueryCounter implements TypeOrmLogger {
  logQuery(): void {
    const store = requestStore.getStore();
    if (store) store.queries += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
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
    logging: ["query"],
    logger: new QueryCounter(),
    extra: {
      max: opts.poolSize ?? 10,
      statement_timeout: opts.statementTimeoutMs ?? 5000,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30_000,
    },
  });
}

/**
 * Apply pending migrations, each in its own transaction. A session advisory lock makes instances
 * that start together take turns: the first migrates, the others find nothing left to do.
 */
export async function migrate(ds: DataSource): Promise<string[]> {
  const lock = ds.createQueryRunner();
  await lock.connect();
  try {
    await lock.query("select pg_advisory_lock(hashtext('ccp:migrate'))");
    const applied = await ds.runMigrations({ transaction: "each" });
    return applied.map((m) => m.name);
  } finally {
    await lock.query("select pg_advisory_unlock(hashtext('ccp:migrate'))").catch(() => undefined);
    await lock.release();
  }
}
