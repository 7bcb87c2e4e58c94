import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import type { RuleReport } from "./retention.service";

/** A legal hold: stops every retention clock for what it covers (one person, or an organization). */
@Entity({ name: "legal_holds" })
export class LegalHoldEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  scope: "USER" | "ORGANIZATION";

  @Index("ix_legal_holds_subject_id")
  @Column("uuid")
  subjectId: string;

  @Column("text")
  reason: string;

  @Column("uuid")
  createdBy: string;

  @Column("timestamptz")
  createdAt: Date;

  @Column("timestamptz", { nullable: true })
  releasedAt: Date | null;
}

/** One run of the retention schedule, with what it removed (or would remove) and why. */
@Entity({ name: "retention_runs" })
export class RetentionRunEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  trigger: "SCHEDULE" | "MANUAL" | "CLI";

  @Column("boolean")
  dryRun: boolean;

  @Column("timestamptz")
  startedAt: Date;

  @Column("timestamptz", { nullable: true })
  finishedAt: Date | null;

  /** Per rule: clause, cutoff, rows affected, rows kept by legal holds. Counts only. */
  @Column("jsonb", { default: () => "'[]'" })
  report: RuleReport[];
}
