import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "../../common/graphql/user-error";
import type { ApiScope as Scope } from "./api-key.entity";

export const ApiScope = { CREDENTIALS_VERIFY: "CREDENTIALS_VERIFY", CREDENTIALS_READ: "CREDENTIALS_READ", WEBHOOKS_MANAGE: "WEBHOOKS_MANAGE" } as const;
registerEnumType(ApiScope, { name: "ApiScope", description: "What an integrator key may do." });

@ObjectType({ description: "An integrator API key (the secret is shown only when created)." })
export class ApiKey {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: "First characters of the secret." }) prefix: string;
  @Field(() => [ApiScope]) scopes: Scope[];
  @Field(() => Int) rateLimitPerMinute: number;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
}

@InputType()
export class ApiKeyCreateInput {
  @Field({ description: "Who the key is for, e.g. \"Sunrise Home Care HR\" (holders see it in their verification log)." }) name: string;
  @Field(() => [ApiScope]) scopes: Scope[];
  @Field(() => Int, { nullable: true, description: "Requests a minute; default 600." }) rateLimitPerMinute?: number | null;
}

@ObjectType()
export class ApiKeyCreatePayload {
  @Field(() => ApiKey, { nullable: true }) apiKey: ApiKey | null;
  @Field(() => String, { nullable: true, description: "The key, shown only now: `ccp_…`." }) secret: string | null;
  @Field(() => [UserError]) errors: UserError[];
}

@ObjectType()
export class ApiKeyRevokePayload {
  @Field(() => ApiKey, { nullable: true }) apiKey: ApiKey | null;
  @Field(() => [UserError]) errors: UserError[];
}

@ObjectType({ description: "A verification of your credential by an integrator." })
export class CredentialVerificationRecord {
  @Field(() => ID) id: string;
  @Field({ description: "The integrator, as named on their key." }) verifierName: string;
  @Field({ description: "What they saw: VALID, EXPIRED, SUSPENDED or REVOKED." }) result: string;
  @Field() at: Date;
}
