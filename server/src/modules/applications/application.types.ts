import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../../common/graphql/connection";
import { UserError } from "../../common/graphql/user-error";
import type { ApplicationKind as Kind, ApplicationStatus as Status, Decision as DecisionName } from "./application.entity";

export const ApplicationKind = { PROGRAM_ACCREDITATION: "PROGRAM_ACCREDITATION", INDIVIDUAL_CERTIFICATION: "INDIVIDUAL_CERTIFICATION" } as const;
registerEnumType(ApplicationKind, { name: "ApplicationKind" });
export const ApplicationStatus = {
  DRAFT: "DRAFT",
  SUBMITTED: "SUBMITTED",
  UNDER_REVIEW: "UNDER_REVIEW",
  CHANGES_REQUESTED: "CHANGES_REQUESTED",
  APPROVED: "APPROVED",
  REJECTED: "REJECTED",
  WITHDRAWN: "WITHDRAWN",
} as const;
registerEnumType(ApplicationStatus, { name: "ApplicationStatus" });
export const Decision = { APPROVE: "APPROVE", REJECT: "REJECT", REQUEST_CHANGES: "REQUEST_CHANGES" } as const;
registerEnumType(Decision, { name: "Decision" });
export const ApplicationSort = { SUBMITTED_AT_ASC: "SUBMITTED_AT_ASC", SUBMITTED_AT_DESC: "SUBMITTED_AT_DESC", UPDATED_AT_DESC: "UPDATED_AT_DESC", CREATED_AT_DESC: "CREATED_AT_DESC" } as const;
registerEnumType(ApplicationSort, { name: "ApplicationSort", description: "Order of the application list; the review queue uses SUBMITTED_AT_ASC (oldest first)." });

@ObjectType({ description: "A person as shown on an application (applicant, reviewer)." })
export class Person {
  @Field(() => ID) id: string;
  @Field() firstName: string;
  @Field() lastName: string;
  email: string;
}

@ObjectType({ description: "One step of an application's status timeline." })
export class ApplicationEvent {
  @Field(() => ID) id: string;
  @Field(() => ApplicationStatus, { nullable: true }) fromStatus: Status | null;
  @Field(() => ApplicationStatus) toStatus: Status;
  @Field(() => String, { nullable: true, description: "Reason given with a decision or withdrawal." }) reason: string | null;
  @Field() at: Date;
}

@ObjectType({ description: "One item of the completeness checklist shown before submitting." })
export class ChecklistItem {
  @Field() key: string;
  @Field() label: string;
  @Field() done: boolean;
  @Field({ description: "Input field the item is about." }) field: string;
  @Field({ description: "Required items block submission; others are recommended." }) required: boolean;
}

@ObjectType({ description: "An evidence document (PDF, PNG or JPEG, at most 10 MB). Download with GET downloadUrl and your bearer token." })
export class EvidenceFile {
  @Field(() => ID) id: string;
  @Field() filename: string;
  @Field({ description: "Detected from the file's content." }) contentType: string;
  @Field(() => Int) sizeBytes: number;
  @Field({ description: "SHA-256 of the file, hex." }) sha256: string;
  @Field() createdAt: Date;
  uploadedBy: string;
}

@ObjectType({ description: "A reviewer's decision (visible to staff)." })
export class ReviewDecision {
  @Field(() => ID) id: string;
  @Field(() => Decision) decision: DecisionName;
  @Field() reason: string;
  @Field() at: Date;
  reviewerId: string;
}

@ObjectType({ description: "A rubric score (visible to staff)." })
export class ReviewScore {
  @Field(() => ID) id: string;
  @Field(() => ID) criterionId: string;
  @Field(() => Int) score: number;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field() updatedAt: Date;
  reviewerId: string;
}

@ObjectType({ description: "A private reviewer note (visible to staff only)." })
export class ReviewNote {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field() createdAt: Date;
  authorId: string;
}

@ObjectType({ description: "An application for program accreditation or individual certification." })
export class Application {
  @Field(() => ID) id: string;
  @Field(() => ApplicationKind) kind: Kind;
  @Field(() => ApplicationStatus) status: Status;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => Decision, { nullable: true, description: "The last decision." }) decision: DecisionName | null;
  @Field(() => String, { nullable: true, description: "The reason given with the last decision; the applicant sees it." }) decisionReason: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Int, { nullable: true, description: "After an APPROVE: approvals still needed (second reviewer)." }) approvalsNeeded?: number | null;
  applicantUserId: string;
  organizationId: string | null;
  programId: string | null;
  certificationTypeId: string;
  assigneeId: string | null;
  statementEnc: string | null;
}

@ObjectType()
export class ApplicationConnection extends Connection(Application, "Application") {}

@InputType()
export class ApplicationsFilter {
  @Field(() => [ApplicationStatus], { nullable: true, description: "Any of these statuses." }) status?: Status[] | null;
  @Field(() => ApplicationKind, { nullable: true }) kind?: Kind | null;
  @Field(() => ID, { nullable: true, description: "Assigned to this reviewer." }) assigneeId?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Only applications nobody is assigned to." }) unassigned?: boolean | null;
  @Field(() => Int, { nullable: true, description: "Submitted at least this many days ago (SLA age)." }) minAgeDays?: number | null;
  @Field(() => ID, { nullable: true }) programId?: string | null;
}

@InputType()
export class ApplicationCreateInput {
  @Field(() => ApplicationKind) kind: Kind;
  @Field(() => ID, { nullable: true, description: "Program to accredit, or the accredited program the person completed." }) programId?: string | null;
  @Field(() => ID, { nullable: true, description: "Catalogue entry; default: the first active one of the right kind." }) certificationTypeId?: string | null;
  @Field(() => String, { nullable: true, description: "Statement (at least 20 characters to submit; at most 10,000)." }) statement?: string | null;
  @Field(() => ID, { nullable: true, description: "Renew this credential: program and certification are taken from it; the successor keeps its award date." }) renewsCredentialId?: string | null;
}

@InputType()
export class ApplicationUpdateInput {
  @Field(() => ID, { nullable: true }) programId?: string | null;
  @Field(() => ID, { nullable: true }) certificationTypeId?: string | null;
  @Field(() => String, { nullable: true }) statement?: string | null;
}

@InputType()
export class ApplicationDecideInput {
  @Field(() => Decision) decision: DecisionName;
  @Field({ description: "Shown to the applicant; 3–5,000 characters." }) reason: string;
}

@InputType()
export class ApplicationScoreInput {
  @Field(() => ID) criterionId: string;
  @Field(() => Int, { description: "0 to the criterion's maxScore." }) score: number;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@ObjectType()
export class ApplicationPayload {
  @Field(() => Application, { nullable: true }) application: Application | null;
  @Field(() => [UserError]) errors: UserError[];
}

@ObjectType()
export class EvidenceDeletePayload {
  @Field(() => ID, { nullable: true, description: "Id of the removed document." }) deletedId: string | null;
  @Field(() => [UserError]) errors: UserError[];
}

@ObjectType()
export class ApplicationScorePayload {
  @Field(() => ReviewScore, { nullable: true }) score: ReviewScore | null;
  @Field(() => [UserError]) errors: UserError[];
}

@ObjectType()
export class ApplicationNotePayload {
  @Field(() => ReviewNote, { nullable: true }) note: ReviewNote | null;
  @Field(() => [UserError]) errors: UserError[];
}
