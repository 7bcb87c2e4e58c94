import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from "typeorm";

/** A training provider (or other) organization; applicants act for it as members. */
@Entity({ name: "organizations" })
export class OrganizationEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  name: string;

  @Column("uuid")
  createdBy: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;
}

export type OrganizationRole = "OWNER" | "MEMBER";

@Entity({ name: "organization_members" })
@Unique("uq_organization_members", ["organizationId", "userId"])
export class OrganizationMemberEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Index("ix_organization_members_organization_id")
  @Column("uuid")
  organizationId: string;

  @Index("ix_organization_members_user_id")
  @Column("uuid")
  userId: string;

  @Column("text")
  role: OrganizationRole;

  @Column("timestamptz")
  createdAt: Date;
}
