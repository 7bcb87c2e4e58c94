import { Column, Entity, Index, PrimaryColumn } from "typeorm";

export const WEBHOOK_EVENTS = ["credential.issued", "credential.revoked", "credential.suspended", "credential.reinstated", "credential.expired", "credential.renewed"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Where to send signed event notifications (Standard Webhooks). The secret is encrypted. */
@Entity({ name: "webhook_endpoints" })
export class WebhookEndpointEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  url: string;

  @Column("text")
  secretEnc: string;

  @Column("text", { array: true })
  events: WebhookEvent[];

  /** Set when an integrator key manages it; such keys see only their own endpoints. */
  @Index("ix_webhook_endpoints_api_key_id")
  @Column("uuid", { nullable: true })
  apiKeyId: string | null;

  @Column("boolean", { default: true })
  active: boolean;

  @Column("timestamptz")
  createdAt: Date;
}

export type DeliveryStatus = "PENDING" | "SUCCEEDED" | "FAILED";

/** One event for one endpoint, with its delivery attempts (the log integrators see). */
@Entity({ name: "webhook_deliveries" })
@Index("ix_webhook_deliveries_pending", ["status", "nextAttemptAt"])
export class WebhookDeliveryEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Index("ix_webhook_deliveries_endpoint_id")
  @Column("uuid")
  endpointId: string;

  /** The `webhook-id` (same for every attempt of this delivery). */
  @Column("text")
  eventId: string;

  @Column("text")
  eventType: WebhookEvent;

  /** Ids and status only — never personal data. */
  @Column("jsonb")
  payload: Record<string, unknown>;

  @Column("text")
  status: DeliveryStatus;

  @Column("int", { default: 0 })
  attempts: number;

  @Column("int", { nullable: true })
  lastStatusCode: number | null;

  @Column("text", { nullable: true })
  lastError: string | null;

  @Column("timestamptz")
  nextAttemptAt: Date;

  @Column("timestamptz", { nullable: true })
  deliveredAt: Date | null;

  @Column("timestamptz")
  createdAt: Date;
}
