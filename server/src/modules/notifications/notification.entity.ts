import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/** In-app notification (POL-USE-NOTIFY). */
@Entity({ name: "notifications" })
@Index("ix_notifications_user_created", ["userId", "createdAt"])
export class NotificationEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid")
  userId: string;

  @Column("text")
  kind: string;

  @Column("text")
  title: string;

  @Column("text")
  body: string;

  /** SPA path to open, e.g. /app/applications/<id>. */
  @Column("text", { nullable: true })
  link: string | null;

  @Column("timestamptz", { nullable: true })
  readAt: Date | null;

  @Column("timestamptz")
  createdAt: Date;
}
