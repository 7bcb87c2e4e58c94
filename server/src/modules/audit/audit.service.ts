import type { EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { AuditEventEntity, type ActorType } from "./audit-event.entity";

export interface AuditActor {
  type: ActorType;
  userId: string | null;
  requestId: string | null;
}

export const systemActor: AuditActor = { type: "SYSTEM", userId: null, requestId: null };

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string;
  /** Ids, codes and counts only — never personal data. */
  metadata?: Record<string, unknown>;
}

/** Writes the append-only audit trail, inside the caller's transaction. */
export class AuditService {
  constructor(private readonly clock: Clock) {}

  async record(em: EntityManager, actor: AuditActor, entry: AuditEntry): Promise<void> {
    const event = em.create(AuditEventEntity, {
      at: this.clock.now(),
      actorType: actor.type,
      actorUserId: actor.userId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      requestId: actor.requestId,
      metadata: entry.metadata ?? {},
    });
    await em.save(AuditEventEntity, event);
  }
}
