import { Column, Entity, Index, PrimaryColumn } from "typeorm";

export const APPLICATION_KINDS = ["PROGRAM_ACCREDITATION", "INDIVIDUAL_CERTIFICATION"] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];
export const APPLICATION_STATUSES = ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "CHANGES_REQUESTED", "APPROVED", "REJECTED", "WITHDRAWN"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export type Decision = "APPROVE" | "REJECT" | "REQUEST_CHANGES";

/** An application for program accreditation or individual certification (POL-USE-CERT). */
@Entity({ name: "applications" })
@Index("ix_applications_status_submitted", ["status", "submittedAt"])
export class ApplicationEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  kind: ApplicationKind;

  @Column("text")
  status: ApplicationStatus;

  @Index("ix_applications_applicant_user_id")
  @Column("uuid")
  applicantUserId: string;

  /** The provider organization for a program accreditation. */
  @Index("ix_applications_organization_id")
  @Column("uuid", { nullable: true })
  organizationId: string | null;

  /** The program to accredit, or the accredited program the person completed. */
  @Index("ix_applications_program_id")
  @Column("uuid", { nullable: true })
  programId: string | null;

  @Column("uuid")
  certificationTypeId: string;

  /** A renewal: the credential this application renews (the successor keeps its award date). */
  @Column("uuid", { nullable: true })
  renewsCredentialId: string | null;

  /** The applicant's statement, encrypted (it may describe the person). */
  @Column("text", { nullable: true })
  statementEnc: string | null;

  @Index("ix_applications_assignee_id")
  @Column("uuid", { nullable: true })
  assigneeId: string | null;

  @Column("timestamptz", { nullable: true })
  submittedAt: Date | null;

  @Column("timestamptz", { nullable: true })
  decidedAt: Date | null;

  @Column("text", { nullable: true })
  decision: Decision | null;

  /** Reason of the last decision, shown to the applicant. */
  @Column("text", { nullable: true })
  decisionReason: string | null;

  @Column("timestamptz")
  createdAt: Date;

  @Column("timestamptz")
  updatedAt: Date;
}

/** Status timeline: one row per transition; `seq` orders events written in the same instant. */
@Entity({ name: "application_events" })
// Admin insights aggregate transitions by time (adminInsights: date_trunc over a period).
@Index("ix_application_events_at", ["at"])
export class ApplicationEventEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column({ type: "bigint", generated: "identity", generatedIdentity: "ALWAYS", insert: false, update: false, select: false })
  seq: string;

  @Index("ix_application_events_application_id")
  @Column("uuid")
  applicationId: string;

  @Column("text", { nullable: true })
  fromStatus: ApplicationStatus | null;

  @Column("text")
  toStatus: ApplicationStatus;

  @Column("uuid", { nullable: true })
  actorUserId: string | null;

  @Column("text", { nullable: true })
  reason: string | null;

  @Column("timestamptz")
  at: Date;
}
