import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../../common/graphql/connection";
import { UserError } from "../../common/graphql/user-error";
import { type LanguageCode, ROLES, type RoleName } from "./user.entity";

export const Role = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in RoleName]: K };
registerEnumType(Role, { name: "Role", description: "What a user may do: APPLICANT (default), REVIEWER, ADMIN." });

/** GraphQL names EN, ES; the values the server stores and reads ("en", "es"). */
export const Language = { EN: "en", ES: "es" } as const satisfies Record<string, LanguageCode>;
registerEnumType(Language, {
  name: "Language",
  description: "The language a person uses CareCorePlus in: EN (English, the default) or ES (Spanish). E-mails we send them are written in it.",
});

export const UserDisableReason = { SUSPECTED_COMPROMISE: "SUSPECTED_COMPROMISE", FRAUD: "FRAUD", UNDER_18: "UNDER_18", AT_OWN_REQUEST: "AT_OWN_REQUEST", OTHER: "OTHER" } as const;
export type UserDisableReason = (typeof UserDisableReason)[keyof typeof UserDisableReason];
registerEnumType(UserDisableReason, { name: "UserDisableReason", description: "Why an admin disabled an account (a code: it is kept in the audit trail)." });

@ObjectType({ description: "A person with an account. Personal fields are visible to the person and to admins." })
export class User {
  @Field(() => ID)
  id: string;

  @Field({ description: "Sign-in e-mail address." })
  email: string;

  @Field({ description: "Whether the e-mail address was confirmed through the link we sent." })
  emailVerified: boolean;

  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: "Organization the person works for, as they typed it." })
  organizationName: string | null;

  /** Resolved by a field resolver: only the person themselves sees it. */
  dateOfBirth: string;

  @Field(() => [Role], { description: "Roles held." })
  roles: RoleName[];

  @Field(() => Language, { description: "The person's language: e-mails are written in it, and the web app uses it at sign-in when the browser has no saved choice." })
  language: LanguageCode;

  @Field({ description: "Whether two-step sign-in (TOTP) is on." })
  mfaEnabled: boolean;

  @Field(() => Int, { description: "Unused recovery codes left." })
  recoveryCodesRemaining: number;

  @Field({ description: "Whether an admin disabled the account." })
  disabled: boolean;

  @Field({ description: "When the account was created." })
  createdAt: Date;
}

@ObjectType()
export class UserConnection extends Connection(User, "User") {}

@InputType({ description: "Filters for the admin user list." })
export class UsersFilter {
  @Field(() => Role, { nullable: true, description: "Only users holding this role." })
  role?: RoleName | null;

  @Field(() => String, { nullable: true, description: "Exact e-mail address (looked up by blind index)." })
  email?: string | null;
}

@InputType({ description: "Profile fields a person can edit themselves (POL-RIGHT-CORRECT)." })
export class ProfileUpdateInput {
  @Field({ description: "1–100 characters." })
  firstName: string;

  @Field({ description: "1–100 characters." })
  lastName: string;

  @Field(() => String, { nullable: true, description: "Digits, spaces and an optional leading +; at most 32 characters. Empty clears it." })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "At most 200 characters. Empty clears it." })
  organizationName?: string | null;
}

@ObjectType()
export class ProfileUpdatePayload {
  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class LanguageUpdatePayload {
  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@InputType()
export class UserRolesUpdateInput {
  @Field(() => [Role], { description: "The complete set of roles the user should hold (at least one)." })
  roles: RoleName[];
}

@ObjectType()
export class UserRolesUpdatePayload {
  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => [UserError])
  errors: UserError[];
}
