import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { UserEntity } from "../users/user.entity";

/** A signed-in session: one refresh-token family. Access tokens carry its id (`sid`). */
@Entity({ name: "sessions" })
export class SessionEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Index("ix_sessions_user_id")
  @Column("uuid")
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: UserEntity;

  /** When the user last proved who they are (password, MFA): drives step-up checks. */
  @Column("timestamptz")
  authTime: Date;

  /** Set at sign-in and on each refresh; indexed for the retention rule (sessions 2 years after last use). */
  @Index("ix_sessions_last_used_at")
  @Column("timestamptz")
  lastUsedAt: Date;

  @Column("timestamptz")
  expiresAt: Date;

  @Column("timestamptz", { nullable: true })
  revokedAt: Date | null;

  @Column("text", { nullable: true })
  revokeReason: string | null;

  /** Device details (POL-COLLECT-DEVICE), encrypted. */
  @Column("text", { nullable: true })
  ipEnc: string | null;

  @Column("text", { nullable: true })
  userAgentEnc: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}
