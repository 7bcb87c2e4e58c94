import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "../../common/graphql/user-error";
import type { UsageKind as Kind } from "./usage-event.entity";

export const UsageKind = { PAGE_VIEW: "PAGE_VIEW", FEATURE_USE: "FEATURE_USE", WEB_VITAL: "WEB_VITAL", CLIENT_ERROR: "CLIENT_ERROR" } as const;
registerEnumType(UsageKind, { name: "UsageKind" });

@InputType({ description: "One usage, performance or error event from the web app." })
export class UsageEventInput {
  @Field(() => UsageKind) kind: Kind;
  @Field({ description: "Route pattern (/app/applications/:id), feature, metric (LCP, CLS, INP) or error type; 1–120 of [A-Za-z0-9_:./-]." }) name: string;
  @Field(() => Float, { nullable: true, description: "Duration in ms or the metric's value." }) value?: number | null;
  @Field(() => Date, { nullable: true }) occurredAt?: Date | null;
}

@ObjectType()
export class AnalyticsEventsRecordPayload {
  @Field(() => Int, { description: "Events stored (0 without analytics consent)." }) accepted: number;
  @Field({ description: "Whether the person consented to analytics." }) consent: boolean;
  @Field(() => [UserError]) errors: UserError[];
}

@ObjectType({ description: "Usage analytics for admins (only people who consented are counted)." })
export class AnalyticsSummary {
  @Field() since: Date;
  @Field(() => [GraphQLJSONObject], { description: "{ day, views }" }) pageViewsPerDay: Record<string, unknown>[];
  @Field(() => [GraphQLJSONObject], { description: "{ name, views }" }) topPages: Record<string, unknown>[];
  @Field(() => [GraphQLJSONObject], { description: "{ name, p75, samples }" }) webVitals: Record<string, unknown>[];
  @Field(() => Int) clientErrors: number;
  @Field(() => [GraphQLJSONObject], { description: "{ device_type, n }" }) devices: Record<string, unknown>[];
}
