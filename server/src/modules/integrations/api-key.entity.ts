import { Column, Entity, Index, PrimaryColumn } from "typeorm";

export const API_SCOPES = ["CREDENTIALS_VERIFY", "CREDENTIALS_READ", "WEBHOOKS_MANAGE"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** An integrator's API key (`ccp_…`): shown once, stored as a SHA-256 hash. */
@Entity({ name: "api_keys" })
export class ApiKeyEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  name: string;

  /** First characters of the secret, to recognise a key in lists. */
  @Column("text")
  prefix: string;

  @Index("uq_api_keys_secret_hash", { unique: true })
  @Column("text")
  secretHash: string;

  @Column("text", { array: true })
  scopes: ApiScope[];

  @Column("int", { default: 600 })
  rateLimitPerMinute: number;

  @Column("uuid")
  createdBy: string;

  @Column("timestamptz")
  createdAt: Date;

  @Column("timestamptz", { nullable: true })
  lastUsedAt: Date | null;

  @Column("timestamptz", { nullable: true })
  revokedAt: Date | null;
}

/** "Who verified me": every verification made with an integrator key (POL-SHARE-VERIFY). */
@Entity({ name: "credential_verifications" })
@Index("ix_credential_verifications_credential", ["credentialId", "at"])
export class CredentialVerificationEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column("uuid")
  credentialId: string;

  @Index("ix_credential_verifications_api_key_id")
  @Column("uuid")
  apiKeyId: string;

  /** The key's name at the time, e.g. "Sunrise Home Care HR". */
  @Column("text")
  verifierName: string;

  @Column("text")
  result: string;

  @Column("timestamptz")
  at: Date;
}
