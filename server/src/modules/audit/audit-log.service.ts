import type { DataSource, SelectQueryBuilder } from "typeorm";
import { isUuid } from "../../common/ids";
import { AuditEventEntity } from "./audit-event.entity";
import { CHAIN_FORMAT, chainHash, type ExportedEvent, GENESIS } from "./audit-chain";

export interface AuditFilter {
  action?: string | null;
  actorUserId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  requestId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** Reading the audit trail (ADMIN): filtered pages for the screen, a hash-chained export for auditors. */
export class AuditLogService {
  constructor(private readonly ds: DataSource) {}

  private filtered(filter: AuditFilter): SelectQueryBuilder<AuditEventEntity> | null {
    const qb = this.ds.manager.createQueryBuilder(AuditEventEntity, "e");
    const action = filter.action?.trim();
    if (action) {
      if (action.endsWith(".")) qb.andWhere("e.action like :prefix", { prefix: `${action.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
      else qb.andWhere("e.action = :action", { action });
    }
    if (filter.actorUserId) {
      if (!isUuid(filter.actorUserId)) return null;
      qb.andWhere("e.actor_user_id = :actor", { actor: filter.actorUserId });
    }
    if (filter.targetType?.trim()) qb.andWhere("e.target_type = :tt", { tt: filter.targetType.trim() });
    if (filter.targetId?.trim()) qb.andWhere("e.target_id = :tid", { tid: filter.targetId.trim() });
    if (filter.requestId?.trim()) qb.andWhere("e.request_id = :rid", { rid: filter.requestId.trim() });
    if (filter.from) qb.andWhere("e.at >= :from", { from: filter.from });
    if (filter.to) qb.andWhere("e.at < :to", { to: filter.to });
    return qb;
  }

  /** Newest first. */
  async list(filter: AuditFilter, limit: number, offset: number): Promise<{ items: AuditEventEntity[]; total: number }> {
    const qb = this.filtered(filter);
    if (!qb) return { items: [], total: 0 };
    const [items, total] = await qb.orderBy("e.id", "DESC").skip(offset).take(limit).getManyAndCount();
    return { items, total };
  }

  /** The export, oldest first, as JSON lines; read in batches by id so memory stays flat. */
  async *exportLines(filter: AuditFilter, exportedAt: Date, batch = 1000): AsyncGenerator<string> {
    let prev = GENESIS;
    let events = 0;
    let after = "0";
    for (;;) {
      const qb = this.filtered(filter);
      if (!qb) break;
      const rows = await qb.andWhere("e.id > :after", { after }).orderBy("e.id", "ASC").take(batch).getMany();
      for (const r of rows) {
        const event: ExportedEvent = {
          id: String(r.id),
          at: r.at.toISOString(),
          actorType: r.actorType,
          actorUserId: r.actorUserId,
          action: r.action,
          targetType: r.targetType,
          targetId: r.targetId,
          requestId: r.requestId,
          metadata: r.metadata ?? {},
        };
        const hash = chainHash(prev, event);
        yield `${JSON.stringify({ ...event, prevHash: prev, hash })}\n`;
        prev = hash;
        events++;
      }
      if (rows.length < batch) break;
      after = String(rows[rows.length - 1].id);
    }
    const f = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== null && v !== undefined && v !== "").map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
    yield `${JSON.stringify({ format: CHAIN_FORMAT, exportedAt: exportedAt.toISOString(), filter: f, events, chainHead: prev })}\n`;
  }
}
