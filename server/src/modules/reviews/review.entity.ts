import { Column, Entity, Index, PrimaryColumn, Unique } from "typeorm";
import type { Decision } from "../applications/application.entity";

/** Each reviewer's decision on an application (two are needed when a second reviewer is required). */
@Entity({ name: "review_decisions" })
export class ReviewDecisionEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Index("ix_review_decisions_application_id")
  @Column("uuid")
  applicationId: string;

  @Column("uuid")
  reviewerId: string;

  @Column("text")
  decision: Decision;

  @Column("text")
  reason: string;

  @Column("timestamptz")
  at: Date;
}

/** A reviewer's score for one rubric criterion. */
@Entity({ name: "review_scores" })
@Unique("uq_review_scores", ["applicationId", "reviewerId", "criterionId"])
export class ReviewScoreEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Index("ix_review_scores_application_id")
  @Column("uuid")
  applicationId: string;

  @Column("uuid")
  reviewerId: string;

  @Column("uuid")
  criterionId: string;

  @Column("int")
  score: number;

  @Column("text", { nullable: true })
  comment: string | null;

  @Column("timestamptz")
  updatedAt: Date;
}

/** Private reviewer notes: never shown to applicants. Encrypted. */
@Entity({ name: "review_notes" })
export class ReviewNoteEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Index("ix_review_notes_application_id")
  @Column("uuid")
  applicationId: string;

  @Column("uuid")
  authorId: string;

  @Column("text")
  bodyEnc: string;

  @Column("timestamptz")
  createdAt: Date;
}
