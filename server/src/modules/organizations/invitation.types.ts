import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "../../common/graphql/user-error";
import type { OrganizationRole as Role } from "./organization.entity";
import { Organization } from "./organization.types";

export const OrganizationRole = { OWNER: "OWNER", MEMBER: "MEMBER" } as const;
registerEnumType(OrganizationRole, { name: "OrganizationRole" });

@ObjectType({ description: "A member of an organization (visible to its members)." })
export class OrganizationMember {
  @Field(() => ID) userId: string;
  @Field(() => OrganizationRole) role: Role;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field() email: string;
  @Field() joinedAt: Date;
}

@InputType()
export class OrganizationInviteInput {
  @Field() email: string;
  @Field(() => OrganizationRole, { nullable: true, defaultValue: "MEMBER" }) role: Role;
}

@ObjectType()
export class OrganizationInvitePayload {
  @Field(() => Date, { nullable: true, description: "When the invitation expires (7 days)." }) expiresAt: Date | null;
  @Field(() => [UserError]) errors: UserError[];
}

@ObjectType()
export class OrganizationMemberRemovePayload {
  @Field() ok: boolean;
  @Field(() => [UserError]) errors: UserError[];
}

@ObjectType()
export class InvitationAcceptPayload {
  @Field(() => Organization, { nullable: true }) organization: Organization | null;
  @Field(() => [UserError]) errors: UserError[];
}
