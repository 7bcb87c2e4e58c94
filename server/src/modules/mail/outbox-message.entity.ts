import { Column, Entity, Index, PrimaryColumn } from "typeorm";

export type MailCategory = "ESSENTIAL" | "NOTIFICATION" | "ANNOUNCEMENT";

/**
 * Transactional outbox: a message is written in the same transaction as the change that causes
 * it, then delivered by a background job. Recipient and content are encrypted; after delivery
 * the content is erased and only metadata stays.
 */
@Entity({ name: "mail_outbox" })
@Index("ix_mail_outbox_pending", ["sentAt", "nextAttemptAt"])
export class OutboxMessageEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid", { nullable: true })
  userId: string | null;

  @Column("text")
  template: string;

  @Column("text")
  category: MailCategory;

  @Column("text", { nullable: true })
  toEnc: string | null;

  @Column("text", { nullable: true })
  contentEnc: string | null;

  @Column("int", { default: 0 })
  attempts: number;

  @Column("text", { nullable: true })
  lastError: string | null;

  @Column("timestamptz")
  createdAt: Date;

  @Column("timestamptz")
  nextAttemptAt: Date;

  @Column("timestamptz", { nullable: true })
  sentAt: Date | null;
}
