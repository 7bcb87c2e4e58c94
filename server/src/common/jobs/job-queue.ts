import { Client } from "pg";
import PgBoss from "pg-boss";
import type { EntityManager } from "typeorm";
import { queryRows } from "../../database/query";
import type { Logger } from "../logger";

export interface JobDefinition<T extends object = object> {
  name: string;
  handler: (data: T) => Promise<void>;
  retryLimit?: number;
  /** Cron expression (UTC) when the job also runs on a schedule. */
  cron?: string;
}

/**
 * Background jobs on PostgreSQL (pg-boss), so every API instance shares one queue and a job
 * runs once. Jobs are enqueued inside the caller's transaction: rolled back work enqueues nothing.
 */
export class JobQueue {
  private boss: PgBoss | null = null;
  private readonly jobs = new Map<string, JobDefinition>();

  constructor(
    private readonly connectionString: string,
    private readonly logger: Logger,
    private readonly opts: { migrate?: boolean } = {},
  ) {}

  get started(): boolean {
    return this.boss !== null;
  }

  define<T extends object>(job: JobDefinition<T>): void {
    this.jobs.set(job.name, job as unknown as JobDefinition);
  }

  async start(): Promise<void> {
    const boss = new PgBoss({ connectionString: this.connectionString, schema: "pgboss", max: 4, migrate: this.opts.migrate ?? true });
    boss.on("error", (err: Error) => {
      // Connections ended by a database shutdown or restart are expected; pg-boss reconnects.
      if ((err as { code?: string }).code === "57P01") this.logger.warn({ err }, "job queue lost its database connection");
      else this.logger.error({ err }, "job queue error");
    });
    // Instances starting at once on a fresh database would race to create pg-boss's schema, queues
    // and schedules, and PostgreSQL answers "deadlock detected": one instance at a time sets them up.
    const lock = new Client({ connectionString: this.connectionString });
    await lock.connect();
    try {
      await lock.query("select pg_advisory_lock(hashtext('ccp:jobs:setup'))");
      await boss.start();
      for (const job of this.jobs.values()) {
        await boss.createQueue(job.name, { name: job.name, retryLimit: job.retryLimit ?? 5, retryBackoff: true, retryDelay: 5 });
        await boss.work<object>(job.name, { pollingIntervalSeconds: 2, batchSize: 1 }, async (batch) => {
          for (const j of batch) {
            try {
              await job.handler(j.data);
            } catch (err) {
              this.logger.warn({ job: job.name, jobId: j.id, errorType: (err as Error).name }, "job failed; will retry");
              throw err;
            }
          }
        });
        if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
      }
    } finally {
      await lock.query("select pg_advisory_unlock(hashtext('ccp:jobs:setup'))").catch(() => undefined);
      await lock.end().catch(() => undefined);
    }
    this.boss = boss;
  }

  /** Enqueue; with `em`, the job row is written in that transaction. A no-op when not started. */
  async enqueue(em: EntityManager | null, name: string, data: object, options: PgBoss.SendOptions = {}): Promise<void> {
    if (!this.boss) return;
    const db: PgBoss.Db | undefined = em ? { executeSql: async (text, values) => ({ rows: await queryRows(em, text, values) }) } : undefined;
    await this.boss.send(name, data, { ...options, ...(db ? { db } : {}) });
  }

  async stop(): Promise<void> {
    if (!this.boss) return;
    const boss = this.boss;
    this.boss = null;
    await boss.stop({ graceful: true, wait: true, timeout: 5000 });
  }
}
