import { Field, InputType, ObjectType } from "type-graphql";
import { UserError } from "../../common/graphql/user-error";
import type { LanguageCode } from "../users/user.entity";
import { Language, User } from "../users/user.types";

@InputType({ description: "A new account. Only adults (18+) can register; the current policies must be accepted." })
export class AuthRegisterInput {
  @Field({ description: "E-mail address, at most 254 characters; also the sign-in name." })
  email: string;

  @Field({ description: "12–128 characters, not a common password." })
  password: string;

  @Field({ description: "1–100 characters." })
  firstName: string;

  @Field({ description: "1–100 characters." })
  lastName: string;

  @Field({ description: "YYYY-MM-DD. The person must be 18 or older today where they are (see timeZone)." })
  dateOfBirth: string;

  @Field(() => String, { nullable: true, description: "Optional phone number." })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "Optional organization the person works for." })
  organizationName?: string | null;

  @Field(() => [String], { description: "Ids of every current policy version (see currentPolicyVersions) the person accepted." })
  acceptedPolicyVersionIds: string[];

  @Field(() => String, { nullable: true, description: "The person's IANA time zone (e.g. America/Chicago) for the age check; default UTC." })
  timeZone?: string | null;

  @Field(() => Language, { nullable: true, description: "The language the person chose (the web app sends its active one); e-mails are written in it. Default EN." })
  language?: LanguageCode | null;
}

@InputType({ description: "Sign-in. When two-step sign-in is on, send totpCode or recoveryCode too (after MFA_REQUIRED)." })
export class AuthLoginInput {
  @Field()
  email: string;

  @Field()
  password: string;

  @Field(() => String, { nullable: true, description: "6-digit code from the authenticator app." })
  totpCode?: string | null;

  @Field(() => String, { nullable: true, description: "One of the single-use recovery codes." })
  recoveryCode?: string | null;
}

@ObjectType({ description: "Result of registration, sign-in and refresh. The refresh token is set as an HttpOnly cookie." })
export class AuthPayload {
  @Field(() => String, { nullable: true, description: "Bearer access token (JWT, 15 minutes)." })
  accessToken: string | null;

  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => [UserError], { description: "Codes: EMAIL_TAKEN, UNDERAGE, WEAK_PASSWORD, POLICY_NOT_ACCEPTED, INVALID, INVALID_CREDENTIALS, MFA_REQUIRED, MFA_INVALID, RATE_LIMITED, SESSION_EXPIRED." })
  errors: UserError[];
}

@ObjectType({ description: "Result of an action that returns nothing but success or errors." })
abstract class OkPayload {
  @Field({ description: "True when the action took place." })
  ok: boolean;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class AuthLogoutPayload extends OkPayload {}

@ObjectType()
export class AuthVerifyEmailPayload extends OkPayload {}

@ObjectType()
export class AuthResendVerificationPayload extends OkPayload {}

@ObjectType({ description: "Always ok, whether or not the account exists." })
export class AuthPasswordResetRequestPayload extends OkPayload {}

@ObjectType()
export class AuthPasswordResetPayload extends OkPayload {}

@ObjectType()
export class AuthPasswordChangePayload extends OkPayload {}

@InputType()
export class AuthPasswordResetInput {
  @Field({ description: "The token from the e-mailed link." })
  token: string;

  @Field({ description: "12–128 characters, not a common password." })
  newPassword: string;
}

@InputType()
export class AuthPasswordChangeInput {
  @Field()
  currentPassword: string;

  @Field({ description: "12–128 characters, not a common password." })
  newPassword: string;
}

@ObjectType()
export class MfaTotpBeginPayload {
  @Field(() => String, { nullable: true, description: "Base32 secret for manual entry." })
  secret: string | null;

  @Field(() => String, { nullable: true, description: "otpauth:// URL to show as a QR code." })
  otpauthUrl: string | null;

  @Field(() => [UserError])
  errors: UserError[];
}

@ObjectType()
export class MfaTotpConfirmPayload {
  @Field(() => [String], { nullable: true, description: "Ten single-use recovery codes, shown only this once." })
  recoveryCodes: string[] | null;

  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => [UserError])
  errors: UserError[];
}
