import { Column, Entity, PrimaryColumn, Unique } from "typeorm";

export const POLICY_KINDS = ["PRIVACY_POLICY", "TERMS"] as const;
export type PolicyKindName = (typeof POLICY_KINDS)[number];

/** An immutable published version of a policy document. */
@Entity({ name: "policy_versions" })
@Unique("uq_policy_versions_kind_version", ["kind", "version"])
export class PolicyVersionEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Column("text")
  kind: PolicyKindName;

  @Column("int")
  version: number;

  @Column("text")
  title: string;

  @Column("text")
  body: string;

  @Column("timestamptz")
  effectiveAt: Date;

  @Column("timestamptz")
  publishedAt: Date;

  @Column("boolean", { default: false })
  material: boolean;

  @Column("uuid", { nullable: true })
  publishedBy: string | null;
}
