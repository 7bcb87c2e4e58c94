import { Column, Entity, PrimaryColumn } from "typeorm";
import type { CertificationSubject } from "./certification-type.entity";

/** A scoring criterion reviewers use for one kind of application. */
@Entity({ name: "rubric_criteria" })
export class RubricCriterionEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  subject: CertificationSubject;

  @Column("text")
  title: string;

  @Column("text")
  guidance: string;

  @Column("int")
  maxScore: number;

  @Column("int")
  position: number;

  @Column("boolean", { default: true })
  active: boolean;
}
