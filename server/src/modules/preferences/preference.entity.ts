import { Column, Entity, PrimaryColumn } from "typeorm";

/** What non-essential communication a person wants, and how (POL-RIGHT-COMMS). */
@Entity({ name: "communication_preferences" })
export class CommunicationPreferenceEntity {
  @PrimaryColumn("uuid")
  userId: string;

  /** E-mails about application status, messages and assignments. */
  @Column("boolean", { default: true })
  emailNotifications: boolean;

  /** Service announcements and product news by e-mail. */
  @Column("boolean", { default: true })
  emailAnnouncements: boolean;

  @Column("boolean", { default: true })
  inAppNotifications: boolean;

  @Column("timestamptz")
  updatedAt: Date;
}
