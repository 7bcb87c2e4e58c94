import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../../common/graphql/connection";
import { UserError } from "../../common/graphql/user-error";
import type { CorrectableField } from "./privacy-correction.rules";
import type { PrivacyIdentityCheck as IdentityCheck, PrivacyRequestKind as Kind, PrivacyRequestStatus as Status } from "./privacy-request.entity";

export const PrivacyRequestKind = { ACCESS: "ACCESS", EXPORT: "EXPORT", CORRECTION: "CORRECTION", DELETION: "DELETION" } as const;
registerEnumType(PrivacyRequestKind, { name: "PrivacyRequestKind" });
export const PrivacyRequestStatus = { RECEIVED: "RECEIVED", IN_PROGRESS: "IN_PROGRESS", COMPLETED: "COMPLETED", REJECTED: "REJECTED" } as const;
registerEnumType(PrivacyRequestStatus, { name: "PrivacyRequestStatus" });
export const PrivacyIdentityCheck = { STEP_UP_SIGN_IN: "STEP_UP_SIGN_IN", EMAILED_CODE: "EMAILED_CODE" } as const;
registerEnumType(PrivacyIdentityCheck, {
  name: "PrivacyIdentityCheck",
  description: "How the requester proved who they are (POL-RIGHT-IDENTITY).",
  valuesConfig: {
    STEP_UP_SIGN_IN: { description: "Signed in within the 10 minutes before asking." },
    EMAILED_CODE: { description: "Could not sign in; confirmed with a 6-digit code e-mailed to the account's address." },
  },
});

export const PersonalDataField = {
  FIRST_NAME: "FIRST_NAME",
  LAST_NAME: "LAST_NAME",
  DATE_OF_BIRTH: "DATE_OF_BIRTH",
  PHONE: "PHONE",
  ORGANIZATION_NAME: "ORGANIZATION_NAME",
} as const satisfies Record<CorrectableField, CorrectableField>;
registerEnumType(PersonalDataField, {
  name: "PersonalDataField",
  description: "Account fields a correction request can change once staff approve it (POL-RIGHT-CORRECT). The e-mail address is changed through support, because a new address must be verified.",
  valuesConfig: {
    FIRST_NAME: { description: "1–100 characters." },
    LAST_NAME: { description: "1–100 characters." },
    DATE_OF_BIRTH: { description: "YYYY-MM-DD; the person must be 18 or over." },
    PHONE: { description: "Digits, spaces and an optional leading +, at most 32 characters; empty removes it." },
    ORGANIZATION_NAME: { description: "At most 200 characters; empty removes it." },
  },
});

@InputType({ description: "One field to correct and what it should say." })
export class PrivacyCorrectionInput {
  @Field(() => PersonalDataField) field: CorrectableField;
  @Field({ description: "The corrected value (rules per field: see PersonalDataField). Empty removes an optional field." }) proposedValue: string;
}

@ObjectType({ description: "A proposed correction: what the account says now next to what it should say." })
export class PrivacyCorrection {
  @Field(() => PersonalDataField) field: CorrectableField;
  @Field(() => String, { nullable: true, description: "The proposed value; null removes the field." }) proposedValue: string | null;
  @Field(() => String, { nullable: true, description: "What the account says now (after approval: the applied value); null when empty or the account was erased." })
  currentValue: string | null;
}

@ObjectType({ description: "How far the preparation of a data export has got (ACCESS/EXPORT)." })
export class PrivacyExportProgress {
  @Field(() => Int, { description: "Sections of the export collected so far." }) sectionsDone: number;
  @Field(() => Int, { description: "Sections in the export (one per kind of data: account, applications, messages…)." }) sectionsTotal: number;
}

@ObjectType({ description: "Who made a privacy request (ADMIN only). Name and e-mail are null once the person has been erased." })
export class PrivacyRequester {
  @Field(() => ID) userId: string;
  @Field(() => String, { nullable: true, description: "First and last name; null once erased." }) displayName: string | null;
  @Field(() => String, { nullable: true, description: "The account's e-mail address; null once erased." }) email: string | null;
  @Field({ description: "True once the account has been erased (a completed deletion request)." }) erased: boolean;
}

@ObjectType({ description: "A data-subject request, answered within 30 days." })
export class PrivacyRequest {
  @Field(() => ID) id: string;
  @Field(() => PrivacyRequestKind) kind: Kind;
  @Field(() => PrivacyRequestStatus) status: Status;
  @Field() receivedAt: Date;
  @Field({ description: "Answer due by (received + 30 days, or later when extended with a reason)." }) dueAt: Date;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field(() => Date, { nullable: true, description: "Until when the export can be downloaded." }) exportExpiresAt: Date | null;
  @Field(() => PrivacyIdentityCheck, { nullable: true, description: "How the requester's identity was checked; null for requests recorded before this was kept." })
  identityCheck: IdentityCheck | null;
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
  @Field(() => String, { nullable: true, description: "What you ask for (at most 5,000 characters; required for CORRECTION unless `corrections` names the fields)." }) details?: string | null;
  @Field(() => [PrivacyCorrectionInput], { nullable: true, description: "CORRECTION only: up to 5 fields, each once, with the proposed value. Applied when staff approve (privacyRequestComplete)." })
  corrections?: PrivacyCorrectionInput[] | null;
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
  @Field(() => String, { nullable: true, description: "What you ask for (at most 5,000 characters; for CORRECTION, this or `corrections`)." }) details?: string | null;
  @Field(() => [PrivacyCorrectionInput], { nullable: true, description: "CORRECTION only: the fields to change with the proposed values (same rules as privacyRequestCreate)." })
  corrections?: PrivacyCorrectionInput[] | null;
}

@ObjectType()
export class PrivacyRequestStartPayload {
  @Field(() => ID, { nullable: true, description: "Send it back with the e-mailed code." }) verificationId: string | null;
  @Field(() => [UserError]) errors: UserError[];
}
