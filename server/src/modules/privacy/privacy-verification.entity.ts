import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import type { PrivacyRequestKind } from "./privacy-request.entity";

/** A privacy request from someone who cannot sign in, waiting for the e-mailed code (POL-RIGHT-IDENTITY). */
@Entity({ name: "privacy_request_verifications" })
export class PrivacyVerificationEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Index("ix_privacy_request_verifications_email_index")
  @Column("text")
  emailIndex: string;

  @Column("text")
  kind: PrivacyRequestKind;

  @Column("text", { nullable: true })
  detailsEnc: string | null;

  /** CORRECTION: the named fields and proposed values, encrypted JSON, carried over to the request on confirmation. */
  @Column("text", { nullable: true })
  correctionsEnc: string | null;

  @Column("text")
  codeHash: string;

  @Column("int", { default: 0 })
  attempts: number;

  @Column("timestamptz")
  expiresAt: Date;

  @Column("timestamptz", { nullable: true })
  usedAt: Date | null;

  @Column("timestamptz")
  createdAt: Date;
}
