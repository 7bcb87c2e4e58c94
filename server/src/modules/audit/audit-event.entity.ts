import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

export type ActorType = "USER" | "SYSTEM" | "ANONYMOUS";

/**
 * Append-only audit trail (POL-SEC-AUDIT). A database trigger rejects UPDATE and DELETE.
 * Metadata holds ids, codes and counts, never personal data.
 */
@Entity({ name: "audit_events" })
@Index("ix_audit_events_target", ["targetType", "targetId"])
export class AuditEventEntity {
  @PrimaryGeneratedColumn("identity", { type: "bigint", generatedIdentity: "ALWAYS" })
  id: string;

  @Index("ix_audit_events_at")
  @Column("timestamptz")
  at: Date;

  @Column("text")
  actorType: ActorType;

  @Index("ix_audit_events_actor_user_id")
  @Column("uuid", { nullable: true })
  actorUserId: string | null;

  @Column("text")
  action: string;

  @Column("text", { nullable: true })
  targetType: string | null;

  @Column("text", { nullable: true })
  targetId: string | null;

  @Column("text", { nullable: true })
  requestId: string | null;

  @Column("jsonb", { default: () => "'{}'" })
  metadata: Record<string, unknown>;
}
