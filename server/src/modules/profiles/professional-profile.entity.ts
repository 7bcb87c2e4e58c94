import { Column, Entity, PrimaryColumn } from "typeorm";

/** A person's professional profile (POL-COLLECT-PROFESSIONAL), stored as one encrypted JSON document. */
@Entity({ name: "professional_profiles" })
export class ProfessionalProfileEntity {
  @PrimaryColumn("uuid")
  userId: string;

  @Column("text")
  dataEnc: string;

  @Column("timestamptz")
  updatedAt: Date;
}
