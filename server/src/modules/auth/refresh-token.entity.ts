import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/** One refresh token of a session's family, stored hashed; `usedAt` set when rotated. */
@Entity({ name: "refresh_tokens" })
export class RefreshTokenEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Index("ix_refresh_tokens_session_id")
  @Column("uuid")
  sessionId: string;

  @Index("uq_refresh_tokens_token_hash", { unique: true })
  @Column("text")
  tokenHash: string;

  @Column("timestamptz")
  createdAt: Date;

  @Column("timestamptz")
  expiresAt: Date;

  @Column("timestamptz", { nullable: true })
  usedAt: Date | null;
}
