import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import type { OrganizationRole } from "./organization.entity";

/** An e-mailed invitation to join an organization; the token is stored hashed. */
@Entity({ name: "organization_invitations" })
export class InvitationEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Index("ix_organization_invitations_organization_id")
  @Column("uuid")
  organizationId: string;

  @Column("text")
  emailIndex: string;

  @Column("text")
  emailEnc: string;

  @Column("text")
  role: OrganizationRole;

  @Index("uq_organization_invitations_token_hash", { unique: true })
  @Column("text")
  tokenHash: string;

  @Column("uuid")
  invitedBy: string;

  @Column("timestamptz")
  expiresAt: Date;

  @Column("timestamptz", { nullable: true })
  acceptedAt: Date | null;

  @Column("timestamptz", { nullable: true })
  revokedAt: Date | null;

  @Column("timestamptz")
  createdAt: Date;
}
