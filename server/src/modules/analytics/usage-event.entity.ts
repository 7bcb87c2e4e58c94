import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

export const USAGE_KINDS = ["PAGE_VIEW", "FEATURE_USE", "WEB_VITAL", "CLIENT_ERROR"] as const;
export type UsageKind = (typeof USAGE_KINDS)[number];

/**
 * First-party usage, device and performance events (POL-COLLECT-USAGE/DEVICE/PERF), recorded
 * only with analytics consent and purged 2 years after collection (POL-RETAIN-ANALYTICS).
 */
@Entity({ name: "usage_events" })
@Index("ix_usage_events_occurred_at", ["occurredAt"])
export class UsageEventEntity {
  @PrimaryGeneratedColumn("identity", { type: "bigint", generatedIdentity: "ALWAYS" })
  id: string;

  @Index("ix_usage_events_user_id")
  @Column("uuid")
  userId: string;

  @Column("text")
  kind: UsageKind;

  /** Route pattern, feature name, metric name (LCP, CLS, INP…) or error type — never free text from people. */
  @Column("text")
  name: string;

  /** Duration in ms, metric value, or 1. */
  @Column("double precision", { nullable: true })
  value: number | null;

  @Column("text", { nullable: true })
  browser: string | null;

  @Column("text", { nullable: true })
  os: string | null;

  @Column("text", { nullable: true })
  deviceType: string | null;

  @Column("text", { nullable: true })
  ipEnc: string | null;

  @Column("timestamptz")
  occurredAt: Date;
}
