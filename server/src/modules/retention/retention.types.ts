import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { UserError } from "../../common/graphql/user-error";

@ObjectType({ description: "One run of the retention schedule." })
export class RetentionRun {
  @Field(() => ID) id: string;
  @Field({ description: "SCHEDULE, MANUAL or CLI." }) trigger: string;
  @Field() dryRun: boolean;
  @Field() startedAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
  @Field(() => [GraphQLJSONObject], { description: "Per rule: rule, clause, cutoff, count, description." }) report: Record<string, unknown>[];
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
