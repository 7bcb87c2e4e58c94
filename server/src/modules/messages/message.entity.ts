import { Column, Entity, Index, PrimaryColumn } from "typeorm";

export type ThreadType = "APPLICATION" | "SUPPORT";

/** A message in an application thread or a support request (POL-COLLECT-COMMS). Encrypted. */
@Entity({ name: "messages" })
@Index("ix_messages_thread", ["threadType", "threadId", "createdAt"])
export class MessageEntity {
  @PrimaryColumn("uuid")
  id: string;

  /** Orders messages written in the same instant. */
  @Column({ type: "bigint", generated: "identity", generatedIdentity: "ALWAYS", insert: false, update: false, select: false })
  seq: string;

  @Column("text")
  threadType: ThreadType;

  @Column("uuid")
  threadId: string;

  @Index("ix_messages_author_id")
  @Column("uuid")
  authorId: string;

  @Column("boolean")
  fromStaff: boolean;

  @Column("text")
  bodyEnc: string;

  @Column("timestamptz")
  createdAt: Date;
}

export type SupportKind = "SUPPORT" | "FEEDBACK";
export type SupportStatus = "OPEN" | "ANSWERED" | "CLOSED";

/** A support request or feedback from a signed-in user; `lastContactAt` drives POL-RETAIN-SUPPORT. */
@Entity({ name: "support_requests" })
export class SupportRequestEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Index("ix_support_requests_user_id")
  @Column("uuid")
  userId: string;

  @Column("text")
  kind: SupportKind;

  @Column("text")
  subjectEnc: string;

  @Index("ix_support_requests_status")
  @Column("text")
  status: SupportStatus;

  @Column("timestamptz")
  createdAt: Date;

  @Column("timestamptz")
  lastContactAt: Date;

  @Column("timestamptz", { nullable: true })
  closedAt: Date | null;
}
