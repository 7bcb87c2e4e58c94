import { Column, Entity, PrimaryColumn } from "typeorm";

/** Platform settings admins change at run time (e.g. review.secondReviewerForPrograms). */
@Entity({ name: "platform_settings" })
export class SettingEntity {
  @PrimaryColumn("text")
  key: string;

  @Column("jsonb")
  value: unknown;

  @Column("timestamptz")
  updatedAt: Date;

  @Column("uuid", { nullable: true })
  updatedBy: string | null;
}
