import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { User } from "../users/user.types";
import { UserError } from "../../common/graphql/user-error";
import { POLICY_KINDS, type PolicyKindName } from "./policy-version.entity";

export const PolicyKind = Object.fromEntries(POLICY_KINDS.map((k) => [k, k])) as { [K in PolicyKindName]: K };
registerEnumType(PolicyKind, { name: "PolicyKind", description: "Kind of policy document." });

@ObjectType({ description: "An immutable published version of a policy document." })
export class PolicyVersion {
  @Field(() => ID)
  id: string;

  @Field(() => PolicyKind)
  kind: PolicyKindName;

  @Field(() => Int, { description: "1, 2, 3… per kind." })
  version: number;

  @Field()
  title: string;

  @Field({ description: "The full text (plain text; paragraphs separated by blank lines)." })
  body: string;

  @Field({ description: "When this version takes effect; shown as \"Last Updated\"." })
  effectiveAt: Date;

  @Field({ description: "When it was published." })
  publishedAt: Date;

  @Field({ description: "Whether it is a material change (30 days' notice, e-mailed)." })
  material: boolean;
}

@ObjectType()
export class PolicyAcceptPayload {
  @Field(() => User, { nullable: true, description: "The viewer, with pendingPolicyVersions updated." })
  user: User | null;

  @Field(() => [UserError])
  errors: UserError[];
}
