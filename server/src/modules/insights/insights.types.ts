import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { RetentionRuleReport } from "../retention/retention.types";
import type { DueWindow as Window, InsightBucket as Bucket } from "./insights.rules";

export const InsightBucket = { DAY: "DAY", WEEK: "WEEK", MONTH: "MONTH" } as const;
registerEnumType(InsightBucket, { name: "InsightBucket", description: "A UTC calendar period: DAY, WEEK (ISO, from Monday) or MONTH." });

export const PrivacyDueWindow = { OVERDUE: "OVERDUE", THIS_WEEK: "THIS_WEEK", NEXT_WEEK: "NEXT_WEEK", LATER: "LATER" } as const;
registerEnumType(PrivacyDueWindow, {
  name: "PrivacyDueWindow",
  description: "When an open privacy request is due: OVERDUE (past its due date), THIS_WEEK (within 7 days), NEXT_WEEK (in 7–14 days), LATER.",
});

@InputType({ description: "The period and bucket size of the admin insights." })
export class AdminInsightsInput {
  @Field({ description: "Start of the period (inclusive). The first bucket is the UTC bucket holding it." }) from: Date;
  @Field({ description: "End of the period (exclusive); at most 731 days after `from`." }) to: Date;
  @Field(() => InsightBucket, { defaultValue: "WEEK", description: "Bucket size; a series may have at most 366 buckets." }) bucket: Bucket;
}

@ObjectType({ description: "Applications that entered each status during one bucket (from the status timeline)." })
export class InsightStatusBucket {
  @Field({ description: "First UTC day of the bucket, YYYY-MM-DD." }) start: string;
  @Field(() => Int, { description: "Drafts started." }) started: number;
  @Field(() => Int, { description: "Submitted (resubmissions after requested changes included)." }) submitted: number;
  @Field(() => Int, { description: "Taken up by a reviewer." }) underReview: number;
  @Field(() => Int, { description: "Sent back with changes requested." }) changesRequested: number;
  @Field(() => Int) approved: number;
  @Field(() => Int) rejected: number;
  @Field(() => Int) withdrawn: number;
}

@ObjectType({ description: "Review turnaround of the applications decided (approved or rejected) in one bucket: days from the first submission to the decision." })
export class InsightTurnaroundBucket {
  @Field({ description: "First UTC day of the bucket, YYYY-MM-DD." }) start: string;
  @Field(() => Int, { description: "Applications decided in the bucket." }) decided: number;
  @Field(() => Float, { nullable: true, description: "Median days from first submission to decision; null when none were decided." }) medianDays: number | null;
  @Field(() => Float, { nullable: true, description: "90th percentile of those days; null when none were decided." }) p90Days: number | null;
}

@ObjectType({ description: "Active credentials expiring in one ISO week (from Monday, UTC)." })
export class InsightWeekCount {
  @Field({ description: "The Monday starting the week, YYYY-MM-DD." }) start: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: "An active credential expiring soon, with its holder." })
export class InsightExpiringCredential {
  @Field(() => ID) id: string;
  @Field() number: string;
  @Field({ description: "PERSON or PROGRAM." }) subject: string;
  @Field({ description: "The holder: the person's name (decrypted; \"[erased]\" after erasure) or the program's title." }) holderName: string;
  @Field({ description: "The certification's name." }) certificationName: string;
  @Field() validUntil: Date;
  @Field(() => Int, { description: "Whole days left, rounded up." }) daysLeft: number;
}

@ObjectType({ description: "Active credentials (not yet renewed) expiring within the next 90 days from now, whatever the period." })
export class InsightCredentialsExpiring {
  @Field(() => Int, { description: "How many expire within 90 days." }) total: number;
  @Field(() => [InsightWeekCount], { description: "Per ISO week, every week from this one to the one holding the 90th day (0 included)." }) byWeek: InsightWeekCount[];
  @Field(() => [InsightExpiringCredential], { description: "The 20 expiring soonest, soonest first." }) soonest: InsightExpiringCredential[];
}

@ObjectType({ description: "Open privacy requests (received or in progress) due in one window, by kind; relative to now, whatever the period." })
export class InsightPrivacyDue {
  @Field(() => PrivacyDueWindow) window: Window;
  @Field(() => Int) access: number;
  @Field(() => Int) export: number;
  @Field(() => Int) correction: number;
  @Field(() => Int) deletion: number;
  @Field(() => Int) total: number;
}

@ObjectType({ description: "One retention run of the period with what each rule removed and what legal holds kept." })
export class InsightRetentionRun {
  @Field(() => ID) id: string;
  @Field() startedAt: Date;
  @Field({ description: "SCHEDULE, MANUAL or CLI." }) trigger: string;
  @Field({ description: "A dry run only counted what was due." }) dryRun: boolean;
  @Field(() => Int, { description: "Records removed by all rules (in a dry run: that would be removed)." }) removed: number;
  @Field(() => Int, { description: "Records past their cutoff kept by legal holds (0 for runs recorded before this was counted)." }) held: number;
  @Field(() => [RetentionRuleReport]) rules: RetentionRuleReport[];
}

@ObjectType({ description: "Admin insight charts. Period series are UTC buckets; expiring credentials and privacy due dates are relative to now." })
export class AdminInsights {
  @Field() from: Date;
  @Field() to: Date;
  @Field(() => InsightBucket) bucket: Bucket;
  @Field({ description: "When the figures were computed." }) generatedAt: Date;
  @Field(() => [InsightStatusBucket], { description: "One entry per bucket of the period (zeros included), oldest first." }) applicationsByStatus: InsightStatusBucket[];
  @Field(() => [InsightTurnaroundBucket], { description: "One entry per bucket of the period, oldest first." }) reviewTurnaround: InsightTurnaroundBucket[];
  @Field(() => InsightCredentialsExpiring) credentialsExpiring: InsightCredentialsExpiring;
  @Field(() => [InsightPrivacyDue], { description: "OVERDUE, THIS_WEEK, NEXT_WEEK and LATER, in that order (zeros included)." }) privacyRequestsDue: InsightPrivacyDue[];
  @Field(() => [InsightRetentionRun], { description: "The runs started in the period (the latest 100), oldest first." }) retentionRuns: InsightRetentionRun[];
}
