import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
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
  holderUserId: string | null;
  programId: string | null;
  organizationId: string | null;
  certificationTypeId: string;
}

@ObjectType()
export class CredentialConnection extends Connection(Credential, "Credential") {}
