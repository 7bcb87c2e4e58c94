import { Column, Entity, Index, PrimaryColumn, Unique } from "typeorm";

/** A security incident (POL-SEC-INCIDENT), registered even when nobody has to be notified. */
@Entity({ name: "incidents" })
export class IncidentEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  title: string;

  @Column("text")
  descriptionEnc: string;

  @Column("timestamptz")
  awareAt: Date;

  /** awareAt + 72 hours (POL-BREACH-72H). */
  @Column("timestamptz")
  notifyBy: Date;

  @Column("text", { array: true, default: () => "'{}'" })
  dataCategories: string[];

  /** Art. 33(3)-style content. */
  @Column("text", { nullable: true })
  likelyConsequences: string | null;

  @Column("text", { nullable: true })
  measuresTaken: string | null;

  @Column("text")
  status: "OPEN" | "NOTIFIED" | "CLOSED";

  @Column("uuid")
  createdBy: string;

  @Column("timestamptz")
  createdAt: Date;

  @Column("timestamptz", { nullable: true })
  notifiedAt: Date | null;

  /** Set by incidentClose; a closed incident can no longer be changed. */
  @Column("timestamptz", { nullable: true })
  closedAt: Date | null;

  @Column("uuid", { nullable: true })
  closedBy: string | null;

  /** How the incident ended (plain text, like measuresTaken: staff are told not to put personal data in it). */
  @Column("text", { nullable: true })
  closingSummary: string | null;

  @Column("text", { nullable: true })
  lessonsLearned: string | null;
}

/** A person affected by an incident, and when they were told. */
@Entity({ name: "incident_affected_users" })
@Unique("uq_incident_affected_users", ["incidentId", "userId"])
export class IncidentAffectedUserEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Index("ix_incident_affected_users_incident_id")
  @Column("uuid")
  incidentId: string;

  @Column("uuid")
  userId: string;

  @Column("timestamptz")
  addedAt: Date;

  @Column("timestamptz", { nullable: true })
  notifiedAt: Date | null;
}

/** "I believe this account belongs to someone under 18" (POL-CHILD-18). */
@Entity({ name: "child_reports" })
export class ChildReportEntity {
  @PrimaryColumn("uuid")
  id: string;

  /** The reported account, found by its e-mail's blind index (null when no such account). */
  @Column("uuid", { nullable: true })
  subjectUserId: string | null;

  @Column("text")
  detailsEnc: string;

  @Column("text", { nullable: true })
  reporterContactEnc: string | null;

  @Index("ix_child_reports_status")
  @Column("text")
  status: "OPEN" | "CONFIRMED" | "DISMISSED";

  @Column("timestamptz")
  createdAt: Date;

  @Column("timestamptz", { nullable: true })
  resolvedAt: Date | null;

  @Column("uuid", { nullable: true })
  resolvedBy: string | null;
}
