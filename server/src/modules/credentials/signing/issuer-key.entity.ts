import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * An Ed25519 signing key of our did:web issuer. The secret key is encrypted with the field
 * keyring; retired keys stay listed in the DID document so older credentials keep verifying.
 */
@Entity({ name: "issuer_keys" })
export class IssuerKeyEntity {
  @PrimaryColumn("uuid")
  id: string;

  /** Fragment of the verification method id: `<did>#<fragment>`. */
  @Column("text", { unique: true })
  fragment: string;

  @Column("text")
  publicKeyMultibase: string;

  @Column("text")
  secretKeyEnc: string;

  @Column("boolean")
  active: boolean;

  @Column("timestamptz")
  createdAt: Date;

  @Column("timestamptz", { nullable: true })
  retiredAt: Date | null;
}

/** A Bitstring Status List (revocation or suspension), kept as raw bits plus its signed credential. */
@Entity({ name: "status_lists" })
export class StatusListEntity {
  /** e.g. "revocation-1". */
  @PrimaryColumn("text")
  id: string;

  @Column("text")
  purpose: "revocation" | "suspension";

  @Column("int")
  length: number;

  /** The list's bits, index 0 = left-most bit of byte 0. */
  @Column("bytea")
  bits: Buffer;

  @Column("jsonb", { nullable: true })
  credential: Record<string, unknown> | null;

  @Column("timestamptz")
  updatedAt: Date;
}
