import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../../common/graphql/connection";
import { UserError } from "../../common/graphql/user-error";
import type { PrivacyRequestKind as Kind, PrivacyRequestStatus as Status } from "./privacy-request.entity";

export const PrivacyRequestKind = { ACCESS: "ACCESS", EXPORT: "EXPORT", CORRECTION: "CORRECTION", DELETION: "DELETION" } as const;
registerEnumType(PrivacyRequestKind, { name: "PrivacyRequestKind" });
export const PrivacyRequestStatus = { RECEIVED: "RECEIVED", IN_PROGRESS: "IN_PROGRESS", COMPLETED: "COMPLETED", REJECTED: "REJECTED" } as const;
registerEnumType(PrivacyRequestStatus, { name: "PrivacyRequestStatus" });

@ObjectType({ description: "A data-subject request, answered within 30 days." })
export class PrivacyRequest {
  @Field(() => ID) id: string;
  @Field(() => PrivacyRequestKind) kind: Kind;
  @Field(() => PrivacyRequestStatus) status: Status;
  @Field() receivedAt: Date;
  @Field({ description: "Answer due by (received + 30 days, or later when extended with a reason)." }) dueAt: Date;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field(() => Date, { nullable: true, description: "Until when the export can be downloaded." }) exportExpiresAt: Date | null;
  userId: string | null;
  detailsEnc: string | null;
  outcomeEnc: string | null;
  extensionReasonEnc: string | null;
}

@ObjectType()
export class PrivacyRequestConnection extends Connection(PrivacyRequest, "PrivacyRequest") {}

@InputType()
export class PrivacyRequestCreateInput {
  @Field(() => PrivacyRequestKind) kind: Kind;
  @Field(() => String, { nullable: true, description: "What you ask for (required for CORRECTION; at most 5,000 characters)." }) details?: string | null;
}

@InputType()
export class PrivacyRequestsFilter {
  @Field(() => PrivacyRequestStatus, { nullable: true }) status?: Status | null;
  @Field(() => PrivacyRequestKind, { nullable: true }) kind?: Kind | null;
  @Field(() => Boolean, { nullable: true, description: "Open and past the due date." }) overdue?: boolean | null;
}

@ObjectType()
export class PrivacyRequestPayload {
  @Field(() => PrivacyRequest, { nullable: true }) privacyRequest: PrivacyRequest | null;
  @Field(() => [UserError]) errors: UserError[];
}

@ObjectType({ description: "A sub-processor (POL-SHARE-NOSALE)." })
export class SubProcessor {
  @Field() name: string;
  @Field() purpose: string;
  @Field() data: string;
}

@ObjectType({ description: "Where and how personal data is processed (POL-INTL-TRANSFER, POL-SHARE-NOSALE)." })
export class DataProcessing {
  @Field() location: string;
  @Field(() => [String]) transferSafeguards: string[];
  @Field() sale: string;
  @Field(() => [SubProcessor]) subProcessors: SubProcessor[];
  @Field(() => Int, { description: "Days within which requests are answered." }) responseDays: number;
}

@InputType({ description: "A privacy request from someone who cannot sign in: we e-mail a code to the account's address." })
export class PrivacyRequestStartInput {
  @Field() email: string;
  @Field(() => PrivacyRequestKind) kind: Kind;
  @Field(() => String, { nullable: true }) details?: string | null;
}

@ObjectType()
export class PrivacyRequestStartPayload {
  @Field(() => ID, { nullable: true, description: "Send it back with the e-mailed code." }) verificationId: string | null;
  @Field(() => [UserError]) errors: UserError[];
}
