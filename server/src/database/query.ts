import type { EntityManager } from "typeorm";

/**
 * Raw SQL returning rows for any statement (TypeORM's `query` returns `[rows, count]` for
 * UPDATE/DELETE ... RETURNING). Runs on the manager's transaction when it has one.
 */
export async function queryRows<T = Record<string, unknown>>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const own = !em.queryRunner;
  const qr = em.queryRunner ?? em.connection.createQueryRunner();
  try {
    const result = await qr.query(sql, params, true);
    return result.records as T[];
  } finally {
    if (own) await qr.release();
  }
}
