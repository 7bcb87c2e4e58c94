import { Column, Entity, PrimaryColumn } from "typeorm";

export type CertificationSubject = "PERSON" | "PROGRAM";

/** Admin-managed catalogue entry, e.g. "Certified Care Assistant" (PERSON, 24 months, $75). */
@Entity({ name: "certification_types" })
export class CertificationTypeEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column("text", { unique: true })
  code: string;

  @Column("text")
  name: string;

  @Column("text")
  description: string;

  /** Whether it certifies a person (INDIVIDUAL_CERTIFICATION) or a program (PROGRAM_ACCREDITATION). */
  @Column("text")
  subject: CertificationSubject;

  @Column("int")
  validityMonths: number;

  @Column("text")
  renewalRequirements: string;

  /** Application fee in the smallest currency unit. */
  @Column("int")
  feeCents: number;

  @Column("text", { default: "usd" })
  currency: string;

  @Column("boolean", { default: true })
  active: boolean;

  @Column("timestamptz")
  createdAt: Date;

  @Column("timestamptz")
  updatedAt: Date;
}
