import { Column, Entity, Index, PrimaryColumn, Unique } from "typeorm";

export type CredentialStatus = "ACTIVE" | "SUSPENDED" | "REVOKED" | "EXPIRED";
export type CredentialSubject = "PERSON" | "PROGRAM";

/**
 * The record of an awarded certification or accreditation. The credentials issue turns it into a
 * signed Open Badges 3.0 document.
 */
@Entity({ name: "credentials" })
// Expiring-soon lists (admin insights, expiry job) read active credentials by validUntil.
@Index("ix_credentials_status_valid_until", ["status", "validUntil"])
export class CredentialEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Index("uq_credentials_number", { unique: true })
  @Column("text")
  number: string;

  @Column("text")
  subject: CredentialSubject;

  @Index("ix_credentials_holder_user_id")
  @Column("uuid", { nullable: true })
  holderUserId: string | null;

  @Index("ix_credentials_program_id")
  @Column("uuid", { nullable: true })
  programId: string | null;

  @Index("ix_credentials_organization_id")
  @Column("uuid", { nullable: true })
  organizationId: string | null;

  @Column("uuid")
  certificationTypeId: string;

  @Index("uq_credentials_application_id", { unique: true })
  @Column("uuid")
  applicationId: string;

  @Column("text")
  status: CredentialStatus;

  @Column("timestamptz")
  validFrom: Date;

  @Column("timestamptz")
  validUntil: Date;

  /** First award; kept across renewals. */
  @Column("timestamptz")
  awardedDate: Date;

  @Column("uuid", { nullable: true })
  predecessorId: string | null;

  /** The signed Open Badges 3.0 credential (no personal data in clear: the holder is a salted e-mail hash). */
  @Column("jsonb", { nullable: true })
  document: Record<string, unknown> | null;

  /** Random positions in the revocation and suspension status lists. */
  @Index("uq_credentials_revocation_index", { unique: true })
  @Column("int")
  revocationIndex: number;

  @Index("uq_credentials_suspension_index", { unique: true })
  @Column("int")
  suspensionIndex: number;

  /** Set when a renewal issued the successor credential. */
  @Column("uuid", { nullable: true })
  supersededById: string | null;

  @Column("text", { nullable: true })
  statusReason: string | null;

  @Column("timestamptz", { nullable: true })
  statusChangedAt: Date | null;

  @Column("timestamptz")
  createdAt: Date;
}

/** Expiry reminders sent (60, 30, 7 days before): one row each, so a reminder is never sent twice. */
@Entity({ name: "credential_reminders" })
@Unique("uq_credential_reminders", ["credentialId", "daysBefore"])
export class CredentialReminderEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid")
  credentialId: string;

  @Column("int")
  daysBefore: number;

  @Column("timestamptz")
  sentAt: Date;
}
