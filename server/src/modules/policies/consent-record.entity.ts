import { Column, Entity, Index, PrimaryColumn } from "typeorm";

export type ConsentAction = "ACCEPT" | "WITHDRAW";
export type ConsentMethod = "REGISTRATION" | "UI" | "API";

/** Append-only consent ledger: who accepted or withdrew what, when and how. */
@Entity({ name: "consent_records" })
export class ConsentRecordEntity {
  @PrimaryColumn("uuid")
  id: string;

  /** Orders records written in the same instant (the latest answer wins). */
  @Column({ type: "bigint", generated: "identity", generatedIdentity: "ALWAYS", insert: false, update: false, select: false })
  seq: string;

  @Index("ix_consent_records_user_id")
  @Column("uuid")
  userId: string;

  @Column("uuid", { nullable: true })
  policyVersionId: string | null;

  /** What the consent is about: PRIVACY_POLICY, TERMS, or a purpose such as ANALYTICS. */
  @Column("text")
  purpose: string;

  @Column("text")
  action: ConsentAction;

  @Column("text")
  method: ConsentMethod;

  @Column("timestamptz")
  at: Date;

  @Column("text", { nullable: true })
  ipEnc: string | null;

  @Column("text", { nullable: true })
  userAgentEnc: string | null;
}
