import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
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

@InputType({ description: "A new version of a policy document (ADMIN)." })
export class PolicyVersionPublishInput {
  @Field(() => PolicyKind) kind: PolicyKindName;
  @Field({ description: "3–200 characters." }) title: string;
  @Field({ description: "Plain text; paragraphs separated by blank lines." }) body: string;
  @Field({ description: "When it takes effect; a material change needs at least 30 days' notice." }) effectiveAt: Date;
  @Field({ description: "A material change is e-mailed to every user." }) material: boolean;
}

@ObjectType()
export class PolicyVersionPublishPayload {
  @Field(() => PolicyVersion, { nullable: true }) policyVersion: PolicyVersion | null;
  @Field(() => [UserError]) errors: UserError[];
}

export const ConsentPurpose = { ANALYTICS: "ANALYTICS", MARKETING: "MARKETING" } as const;
registerEnumType(ConsentPurpose, { name: "ConsentPurpose", description: "Optional purposes a person may consent to." });

@ObjectType({ description: "Current answers for the optional purposes." })
export class ConsentState {
  @Field({ description: "First-party usage analytics." }) analytics: boolean;
  @Field({ description: "News and offers by e-mail." }) marketing: boolean;
}

@ObjectType({ description: "One entry of the consent ledger (append-only)." })
export class ConsentRecord {
  @Field(() => ID) id: string;
  @Field({ description: "PRIVACY_POLICY, TERMS, ANALYTICS or MARKETING." }) purpose: string;
  @Field({ description: "ACCEPT or WITHDRAW." }) action: string;
  @Field({ description: "REGISTRATION, UI or API." }) method: string;
  @Field() at: Date;
  @Field(() => ID, { nullable: true }) policyVersionId: string | null;
}

@ObjectType()
export class ConsentPayload {
  @Field(() => ConsentState, { nullable: true }) consents: ConsentState | null;
  @Field(() => [UserError]) errors: UserError[];
}
