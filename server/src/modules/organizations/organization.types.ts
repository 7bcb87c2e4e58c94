import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Connection } from "../../common/graphql/connection";
import { UserError } from "../../common/graphql/user-error";

@ObjectType({ description: "A training provider or other organization." })
export class Organization {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: "When it was created." }) createdAt: Date;
  @Field(() => String, { nullable: true, description: "The viewer's role in it (OWNER, MEMBER), when a member." }) viewerRole?: string | null;
}

@InputType()
export class OrganizationCreateInput {
  @Field({ description: "2–200 characters." }) name: string;
}

@ObjectType()
export class OrganizationPayload {
  @Field(() => Organization, { nullable: true }) organization: Organization | null;
  @Field(() => [UserError]) errors: UserError[];
}

@ObjectType({ description: "A page of organizations (ADMIN), sorted by name." })
export class OrganizationConnection extends Connection(Organization, "Organization") {}

@InputType({ description: "Narrow the organization list." })
export class OrganizationsFilter {
  @Field(() => String, { nullable: true, description: "Part of the name, any case (at most 200 characters)." }) search?: string | null;
}
