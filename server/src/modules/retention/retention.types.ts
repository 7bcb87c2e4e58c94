import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../../common/graphql/user-error";

@ObjectType({ description: "What one rule of the retention schedule removed (or, in a dry run, would remove) in a run." })
export class RetentionRuleReport {
  @Field({ description: "The rule's stable id, e.g. ANALYTICS, PAYMENT, ACCOUNT." }) rule: string;
  @Field({ description: "The privacy-policy clause the rule enforces, e.g. POL-RETAIN-PAYMENT." }) clause: string;
  @Field({ description: "What the rule removes and after how long, in plain words." }) description: string;
  @Field({ description: "Records older than this were due." }) cutoff: Date;
  @Field(() => Int, { description: "Records removed (in a dry run: that would be removed)." }) count: number;
  @Field(() => Int, { nullable: true, description: "Records past the cutoff kept because a legal hold covers them; null for runs recorded before this was counted." })
  held: number | null;
}

@ObjectType({ description: "One run of the retention schedule." })
export class RetentionRun {
  @Field(() => ID) id: string;
  @Field({ description: "SCHEDULE, MANUAL or CLI." }) trigger: string;
  @Field({ description: "A dry run only counts what is due and removes nothing." }) dryRun: boolean;
  @Field({ description: "When the run started." }) startedAt: Date;
  @Field(() => Date, { nullable: true, description: "When it finished; null while running (or if it stopped)." }) finishedAt: Date | null;
}

@ObjectType({ description: "A legal hold stops retention for a person or an organization." })
export class LegalHold {
  @Field(() => ID) id: string;
  @Field({ description: "USER or ORGANIZATION." }) scope: string;
  @Field(() => ID) subjectId: string;
  @Field() reason: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) releasedAt: Date | null;
}

@InputType()
export class LegalHoldPlaceInput {
  @Field({ description: "USER or ORGANIZATION." }) scope: "USER" | "ORGANIZATION";
  @Field(() => ID) subjectId: string;
  @Field({ description: "Why, e.g. the case reference (3–1,000 characters)." }) reason: string;
}

@ObjectType()
export class LegalHoldPayload {
  @Field(() => LegalHold, { nullable: true }) legalHold: LegalHold | null;
  @Field(() => [UserError]) errors: UserError[];
}
