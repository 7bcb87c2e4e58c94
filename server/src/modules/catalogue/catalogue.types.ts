import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "../../common/graphql/user-error";
import type { CertificationSubject as Subject } from "./certification-type.entity";

export const CertificationSubject = { PERSON: "PERSON", PROGRAM: "PROGRAM" } as const;
registerEnumType(CertificationSubject, { name: "CertificationSubject", description: "What a certification type certifies: a PERSON or a training PROGRAM." });

@ObjectType({ description: "A certification offered in the catalogue." })
export class CertificationType {
  @Field(() => ID) id: string;
  @Field({ description: "Short code, e.g. CCA." }) code: string;
  @Field() name: string;
  @Field() description: string;
  @Field(() => CertificationSubject) subject: Subject;
  @Field(() => Int, { description: "How long a credential is valid, in months." }) validityMonths: number;
  @Field({ description: "What a holder must do to renew." }) renewalRequirements: string;
  @Field(() => Int, { description: "Application fee in the smallest currency unit (cents)." }) feeCents: number;
  @Field({ description: "ISO 4217 code, lower case (usd)." }) currency: string;
  @Field({ description: "Whether new applications can be made." }) active: boolean;
}

@InputType({ description: "A catalogue entry (ADMIN)." })
export class CertificationTypeInput {
  @Field({ description: "2–32 capital letters, digits or dashes." }) code: string;
  @Field({ description: "3–120 characters." }) name: string;
  @Field({ nullable: true, description: "At most 2,000 characters." }) description?: string;
  @Field(() => CertificationSubject) subject: Subject;
  @Field(() => Int, { description: "1–120 months." }) validityMonths: number;
  @Field({ nullable: true, description: "At most 2,000 characters." }) renewalRequirements?: string;
  @Field(() => Int, { description: "0–10,000,000 cents." }) feeCents: number;
  @Field({ nullable: true, description: "3-letter currency code; default usd." }) currency?: string;
  @Field({ nullable: true, description: "Default true." }) active?: boolean;
}

@ObjectType()
export class CertificationTypePayload {
  @Field(() => CertificationType, { nullable: true }) certificationType: CertificationType | null;
  @Field(() => [UserError]) errors: UserError[];
}

@ObjectType({ description: "A scoring criterion of the review rubric." })
export class RubricCriterion {
  @Field(() => ID) id: string;
  @Field(() => CertificationSubject) subject: Subject;
  @Field() title: string;
  @Field({ description: "What reviewers should look for." }) guidance: string;
  @Field(() => Int) maxScore: number;
  @Field(() => Int) position: number;
  @Field() active: boolean;
}

@InputType()
export class RubricCriterionInput {
  @Field(() => CertificationSubject) subject: Subject;
  @Field({ description: "3–120 characters." }) title: string;
  @Field({ nullable: true }) guidance?: string;
  @Field(() => Int, { description: "1–10." }) maxScore: number;
  @Field(() => Int, { nullable: true }) position?: number;
  @Field({ nullable: true }) active?: boolean;
}

@ObjectType()
export class RubricCriterionPayload {
  @Field(() => RubricCriterion, { nullable: true }) criterion: RubricCriterion | null;
  @Field(() => [UserError]) errors: UserError[];
}

@ObjectType({ description: "Review workflow settings." })
export class ReviewSettings {
  @Field({ description: "Program accreditation needs approval by two different reviewers." }) secondReviewerForPrograms: boolean;
}

@InputType()
export class ReviewSettingsInput {
  @Field() secondReviewerForPrograms: boolean;
}

@ObjectType()
export class ReviewSettingsPayload {
  @Field(() => ReviewSettings, { nullable: true }) settings: ReviewSettings | null;
  @Field(() => [UserError]) errors: UserError[];
}
