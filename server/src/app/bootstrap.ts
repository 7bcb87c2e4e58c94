import "reflect-metadata";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { DataSource } from "typeorm";
import { type Clock, systemClock } from "../common/clock";
import { createLogger, type Logger } from "../common/logger";
import { createDataSource, migrate } from "../database/data-source";
import { startEmbeddedPostgres } from "../database/embedded";
import { installJobSchema } from "../database/app-role";
import { AuditService } from "../modules/audit/audit.service";
import { PolicyService } from "../modules/policies/policy.service";
import { CatalogueService } from "../modules/catalogue/catalogue.service";
import type { AppConfig } from "./config";
import { createHttpApp } from "./http";
import { createSchema } from "./schema";
import type { Services } from "./services";
import { createServices } from "./services.factory";

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set, else the embedded PostgreSQL under CCP_DATA_DIR. */
export async function openDatabase(config: AppConfig, logger: Logger, opts: { owner: boolean }): Promise<DatabaseHandle> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => {} };
  const db = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, logger, adoptLeftover: opts.owner });
  return { url: db.url, embedded: true, stop: db.stop };
}

/** Connect, apply pending migrations and seed data (idempotent). */
export async function prepareDatabase(url: string, logger: Logger, clock: Clock = systemClock): Promise<DataSource> {
  const ds = createDataSource({ url });
  await ds.initialize();
  const applied = await migrate(ds);
  if (applied.length) logger.info({ migrations: applied }, "applied migrations");
  // The seed needs no crypto; a throw-away PolicyService keeps one code path for publishing.
  await new PolicyService(ds, clock, undefined as never, new AuditService(clock)).ensureSeed();
  await ds.transaction(async (em) => {
    await em.query("select pg_advisory_xact_lock(hashtext('ccp:seed:catalogue'))");
    await new CatalogueService(ds, clock, new AuditService(clock)).ensureSeed(em);
  });
  return ds;
}

export interface RunningServer {
  url: string;
  port: number;
  services: Services;
  close(): Promise<void>;
}

export interface StartOptions {
  config: AppConfig;
  clock?: Clock;
  logger?: Logger;
  /** Overrides DATABASE_URL/embedded (tests). */
  databaseUrl?: string;
  /** The schema owner for migrations when `databaseUrl` is a least-privilege role (tests; else DATABASE_MIGRATION_URL). */
  migrationUrl?: string;
  /** Start background job workers (default true). */
  jobs?: boolean;
}

export async function startServer(o: StartOptions): Promise<RunningServer> {
  const logger = o.logger ?? createLogger(o.config.logLevel);
  const clock = o.clock ?? systemClock;
  const db: DatabaseHandle = o.databaseUrl
    ? { url: o.databaseUrl, embedded: false, stop: async () => {} }
    : await openDatabase(o.config, logger, { owner: true });
  let ds: DataSource | undefined;
  try {
    const migrationUrl = o.migrationUrl ?? o.config.databaseMigrationUrl;
    if (migrationUrl && migrationUrl !== db.url) {
      // Least privilege: the owner migrates and seeds; the app runs as its own role (db:app-role).
      await (await prepareDatabase(migrationUrl, logger, clock)).destroy();
      if (o.jobs !== false) await installJobSchema(migrationUrl, decodeURIComponent(new URL(db.url).username));
      ds = createDataSource({ url: db.url });
      await ds.initialize();
    } else ds = await prepareDatabase(db.url, logger, clock);
    const services = createServices({ config: o.config, clock, logger, ds, databaseUrl: db.url, jobSchemaByOwner: !!migrationUrl && migrationUrl !== db.url });
    if (o.jobs !== false) await services.jobs.start();
    const schema = await createSchema();
    const { handler, apollo } = await createHttpApp(services, schema);
    const server: Server = createServer(handler);
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(o.config.port, () => {
        server.off("error", reject);
        resolve();
      });
    });
    server.requestTimeout = 10_000;
    server.headersTimeout = 10_000;
    const port = (server.address() as AddressInfo).port;
    (services as Services & { setListeningPort(p: number): void }).setListeningPort(port);
    const url = `http://localhost:${port}`;
    let closed = false;
    return {
      url,
      port,
      services,
      close: async () => {
        if (closed) return;
        closed = true;
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await apollo.stop();
        await services.jobs.stop();
        await ds!.destroy();
        await db.stop();
      },
    };
  } catch (err) {
    if (ds?.isInitialized) await ds.destroy();
    await db.stop();
    throw err;
  }
}
