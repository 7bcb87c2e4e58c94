import { Column, Entity, Index, PrimaryColumn } from "typeorm";

export type UserTokenPurpose = "VERIFY_EMAIL" | "RESET_PASSWORD";

/** Single-use e-mailed tokens (verification, password reset), stored hashed. */
@Entity({ name: "user_tokens" })
export class UserTokenEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Index("ix_user_tokens_user_id")
  @Column("uuid")
  userId: string;

  @Column("text")
  purpose: UserTokenPurpose;

  @Index("uq_user_tokens_token_hash", { unique: true })
  @Column("text")
  tokenHash: string;

  @Column("timestamptz")
  createdAt: Date;

  @Column("timestamptz")
  expiresAt: Date;

  @Column("timestamptz", { nullable: true })
  usedAt: Date | null;
}
