import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "../../common/graphql/user-error";
import { Connection } from "../../common/graphql/connection";
import type { CredentialStatus as Status, CredentialSubject as Subject } from "./credential.entity";

export const CredentialStatus = { ACTIVE: "ACTIVE", SUSPENDED: "SUSPENDED", REVOKED: "REVOKED", EXPIRED: "EXPIRED" } as const;
registerEnumType(CredentialStatus, { name: "CredentialStatus" });

@ObjectType({ description: "An awarded certification (PERSON) or program accreditation (PROGRAM)." })
export class Credential {
  @Field(() => ID) id: string;
  @Field({ description: "Public number, e.g. CCP-2026-7KQ4-MX2D; verifiable at /verify/<number>." }) number: string;
  @Field(() => CredentialStatus) status: Status;
  @Field(() => String, { description: "PERSON or PROGRAM." }) subject: Subject;
  @Field() validFrom: Date;
  @Field() validUntil: Date;
  @Field({ description: "First award date, kept across renewals." }) awardedDate: Date;
  @Field(() => ID) applicationId: string;
  @Field(() => String, { nullable: true, description: "Why it was revoked or suspended." }) statusReason: string | null;
  @Field(() => ID, { nullable: true, description: "The credential this one renewed." }) predecessorId: string | null;
  @Field(() => ID, { nullable: true, description: "Set when a renewal replaced this credential." }) supersededById: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: "The signed Open Badges 3.0 credential (W3C VC 2.0, eddsa-rdfc-2022)." }) document: Record<string, unknown> | null;
  holderUserId: string | null;
  programId: string | null;
  organizationId: string | null;
  certificationTypeId: string;
}

export const CredentialHistoryKind = { ISSUED: "ISSUED", RENEWED: "RENEWED", SUSPENDED: "SUSPENDED", REINSTATED: "REINSTATED", REVOKED: "REVOKED", EXPIRED: "EXPIRED" } as const;
export type CredentialHistoryKind = (typeof CredentialHistoryKind)[keyof typeof CredentialHistoryKind];
registerEnumType(CredentialHistoryKind, { name: "CredentialHistoryKind", description: "What happened to a credential." });

@ObjectType({ description: "One event in a credential's life (POL-RIGHT-HISTORY), oldest first.", simpleResolvers: true })
export class CredentialHistoryEvent {
  @Field() at: Date;
  @Field(() => CredentialHistoryKind) kind: CredentialHistoryKind;
  @Field({ description: "What happened, in plain words." }) description: string;
  @Field(() => ID, { nullable: true, description: "The credential on the other side of a renewal (predecessor for ISSUED, successor for RENEWED)." }) relatedCredentialId: string | null;
}

@ObjectType()
export class CredentialConnection extends Connection(Credential, "Credential") {}

export const VerificationStatus = { VALID: "VALID", EXPIRED: "EXPIRED", SUSPENDED: "SUSPENDED", REVOKED: "REVOKED", NOT_FOUND: "NOT_FOUND" } as const;
registerEnumType(VerificationStatus, { name: "VerificationStatus" });

// simpleResolvers: these plain objects need no middleware per field (verification is the hot path).
@ObjectType({ description: "What a verifier may see of a credential: nothing more than this.", simpleResolvers: true })
export class VerifiedCredential {
  @Field() number: string;
  @Field({ description: "The certification, e.g. Certified Care Assistant." }) title: string;
  @Field({ description: "Holder's display name (a person) or program and provider." }) holderName: string;
  @Field() issuerName: string;
  @Field() validFrom: Date;
  @Field() validUntil: Date;
}

@ObjectType({ description: "Result of checking a credential number.", simpleResolvers: true })
export class CredentialVerification {
  @Field(() => VerificationStatus) status: string;
  @Field() checkedAt: Date;
  @Field(() => VerifiedCredential, { nullable: true }) credential: VerifiedCredential | null;
}

@ObjectType({ description: "One step of checking a credential file." })
export class VerificationStep {
  @Field({ description: "SHAPE, SIGNATURE, STATUS or DATES." }) step: string;
  @Field() ok: boolean;
  @Field() message: string;
}

@ObjectType({ description: "Result of checking an uploaded credential file, step by step." })
export class CredentialFileVerification {
  @Field() valid: boolean;
  @Field(() => String, { nullable: true }) number: string | null;
  @Field(() => [VerificationStep]) steps: VerificationStep[];
}

@ObjectType()
export class CredentialPayload {
  @Field(() => Credential, { nullable: true }) credential: Credential | null;
  @Field(() => Int, { description: "Credentials revoked along with a program's accreditation." }) revokedWithIt: number;
  @Field(() => [UserError]) errors: UserError[];
}
