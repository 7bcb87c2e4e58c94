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

@ObjectType({ description: "An invitation not yet accepted, cancelled or expired (visible to the organization's owners)." })
export class OrganizationInvitation {
  @Field(() => ID) id: string;
  @Field({ description: "The address the invitation was sent to." }) email: string;
  @Field(() => OrganizationRole, { description: "The role the person gets on accepting." }) role: Role;
  @Field({ description: "When it was sent." }) invitedAt: Date;
  @Field({ description: "When the link stops working (7 days after sending)." }) expiresAt: Date;
}

@ObjectType({ description: "The answer to organizationInvitationCancel." })
export class OrganizationInvitationCancelPayload {
  @Field(() => OrganizationInvitation, { nullable: true, description: "The cancelled invitation; null when there are errors." }) invitation: OrganizationInvitation | null;
  @Field(() => [UserError], { description: "Codes: NOT_FOUND, NOT_OWNER, NOT_PENDING." }) errors: UserError[];
}
