import { Column, Entity, Index, PrimaryColumn } from "typeorm";

export const PRIVACY_REQUEST_KINDS = ["ACCESS", "EXPORT", "CORRECTION", "DELETION"] as const;
export type PrivacyRequestKind = (typeof PRIVACY_REQUEST_KINDS)[number];
export type PrivacyRequestStatus = "RECEIVED" | "IN_PROGRESS" | "COMPLETED" | "REJECTED";
/** How the requester proved who they are (POL-RIGHT-IDENTITY). */
export type PrivacyIdentityCheck = "STEP_UP_SIGN_IN" | "EMAILED_CODE";

/** A data-subject request (POL-RIGHT-*), answered within 30 days and kept 24 months. */
@Entity({ name: "privacy_requests" })
@Index("ix_privacy_requests_status_due", ["status", "dueAt"])
export class PrivacyRequestEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Index("ix_privacy_requests_user_id")
  @Column("uuid", { nullable: true })
  userId: string | null;

  @Column("text")
  kind: PrivacyRequestKind;

  @Column("text")
  status: PrivacyRequestStatus;

  @Column("text", { nullable: true })
  detailsEnc: string | null;

  /** CORRECTION: the fields to change and their proposed values, as encrypted JSON (POL-RIGHT-CORRECT). */
  @Column("text", { nullable: true })
  correctionsEnc: string | null;

  /** Null for requests recorded before the check was kept. */
  @Column("text", { nullable: true })
  identityCheck: PrivacyIdentityCheck | null;

  @Column("timestamptz")
  receivedAt: Date;

  /** received + 30 days, later if extended (with a reason and a notice). */
  @Column("timestamptz")
  dueAt: Date;

  @Column("text", { nullable: true })
  extensionReasonEnc: string | null;

  @Column("text", { nullable: true })
  outcomeEnc: string | null;

  @Column("timestamptz", { nullable: true })
  completedAt: Date | null;

  @Column("uuid", { nullable: true })
  handledBy: string | null;

  /** Export progress (ACCESS/EXPORT): sections of the personal-data registry collected so far, of how many. */
  @Column("int", { nullable: true })
  exportSectionsDone: number | null;

  @Column("int", { nullable: true })
  exportSectionsTotal: number | null;

  /** The export (ACCESS/EXPORT), encrypted; downloadable by the requester until it expires. */
  @Column("bytea", { nullable: true, select: false })
  exportEnc: Buffer | null;

  @Column("timestamptz", { nullable: true })
  exportExpiresAt: Date | null;

  /** When staff were reminded that the answer is due soon. */
  @Column("timestamptz", { nullable: true })
  remindedAt: Date | null;

  @Column("timestamptz")
  createdAt: Date;
}
