import { Column, Entity, Index, PrimaryColumn } from "typeorm";

export type DeliveryMode = "IN_PERSON" | "ONLINE" | "BLENDED";
export type ProgramStatus = "DRAFT" | "ACTIVE" | "ARCHIVED";

export interface CurriculumModule {
  title: string;
  hours: number;
  competencies: string[];
}

/**
 * A training program of a provider organization (POL-COLLECT-APPLICATION). Instructors are
 * personal data: stored as one encrypted JSON envelope (`instructors_enc`).
 */
@Entity({ name: "programs" })
export class ProgramEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Index("ix_programs_organization_id")
  @Column("uuid")
  organizationId: string;

  @Column("text")
  title: string;

  @Column("text")
  description: string;

  @Column("text")
  deliveryMode: DeliveryMode;

  @Column("jsonb", { default: () => "'[]'" })
  modules: CurriculumModule[];

  @Column("text")
  instructorsEnc: string;

  @Column("text")
  status: ProgramStatus;

  @Column("uuid")
  createdBy: string;

  @Column("timestamptz")
  createdAt: Date;

  @Column("timestamptz")
  updatedAt: Date;
}
