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

@ObjectType({ description: "How many events fell on one UTC day." })
export class AnalyticsDayCount {
  @Field({ description: "The UTC day, YYYY-MM-DD." }) day: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: "How many events had one name (a route pattern, a feature or an error)." })
export class AnalyticsNameCount {
  @Field({ description: "Route pattern (/verify/:number), feature (credential.downloaded.pdf) or error (<type>:<words>:<route>)." }) name: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: "Percentiles of one web vital over the period, with the web.dev thresholds it is judged by (at the 75th percentile)." })
export class AnalyticsWebVital {
  @Field({ description: "LCP, INP, CLS, FCP or TTFB." }) name: string;
  @Field({ description: "ms, or empty for CLS (a unitless score)." }) unit: string;
  @Field(() => Int, { description: "Measurements in the period (0: no percentiles)." }) samples: number;
  @Field(() => Float, { nullable: true, description: "Median; null without samples." }) p50: number | null;
  @Field(() => Float, { nullable: true, description: "75th percentile, the value judged against the thresholds; null without samples." }) p75: number | null;
  @Field(() => Float, { nullable: true, description: "95th percentile; null without samples." }) p95: number | null;
  @Field(() => Float, { description: "At or under this is good." }) good: number;
  @Field(() => Float, { description: "Above this is poor; in between needs improvement." }) poor: number;
}

@ObjectType({ description: "Usage analytics for admins (only people who consented are counted) over the last `days` UTC days, today included." })
export class AnalyticsSummary {
  @Field({ description: "Start of the period: midnight UTC, `days - 1` days before today." }) since: Date;
  @Field(() => Int, { description: "Length of the period in days." }) days: number;
  @Field(() => Int, { description: "Distinct people with events in the period." }) people: number;
  @Field(() => Int, { description: "Page views in the period." }) pageViews: number;
  @Field(() => Int, { description: "Client errors in the period." }) clientErrors: number;
  @Field(() => [AnalyticsDayCount], { description: "Page views per UTC day, one entry for every day of the period (0 included), oldest first." }) pageViewsByDay: AnalyticsDayCount[];
  @Field(() => [AnalyticsDayCount], { description: "Client errors per UTC day, one entry for every day of the period (0 included), oldest first." }) clientErrorsByDay: AnalyticsDayCount[];
  @Field(() => [AnalyticsNameCount], { description: "The 10 most viewed route patterns, most first." }) topPageViews: AnalyticsNameCount[];
  @Field(() => [AnalyticsNameCount], { description: "The 10 most used features, most first." }) topFeatures: AnalyticsNameCount[];
  @Field(() => [AnalyticsNameCount], { description: "The 10 most frequent client errors, most first." }) topClientErrors: AnalyticsNameCount[];
  @Field(() => [AnalyticsWebVital], { description: "LCP, INP, CLS, FCP and TTFB in that order, each with its percentiles and thresholds." }) webVitalPercentiles: AnalyticsWebVital[];
  @Field(() => [AnalyticsNameCount], { description: "Events by device type (desktop, mobile, tablet, unknown), most first." }) deviceTypes: AnalyticsNameCount[];
  @Field(() => [GraphQLJSONObject], { description: "{ day, views } for days with views.", deprecationReason: "Use pageViewsByDay." }) pageViewsPerDay: Record<string, unknown>[];
  @Field(() => [GraphQLJSONObject], { description: "{ name, views }", deprecationReason: "Use topPageViews." }) topPages: Record<string, unknown>[];
  @Field(() => [GraphQLJSONObject], { description: "{ name, p75, samples }", deprecationReason: "Use webVitalPercentiles." }) webVitals: Record<string, unknown>[];
  @Field(() => [GraphQLJSONObject], { description: "{ device_type, n }", deprecationReason: "Use deviceTypes." }) devices: Record<string, unknown>[];
}
