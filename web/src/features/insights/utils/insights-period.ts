// The period of /admin/insights, kept in the URL (?days=&bucket=) like /admin/analytics.

export const INSIGHT_PERIODS = [30, 90, 365] as const;
export type InsightPeriod = (typeof INSIGHT_PERIODS)[number];
export const DEFAULT_INSIGHT_PERIOD: InsightPeriod = 90;

export const BUCKETS = ["DAY", "WEEK", "MONTH"] as const;
export type Bucket = (typeof BUCKETS)[number];
export const DEFAULT_BUCKET: Bucket = "WEEK";

export const parseInsightPeriod = (value: string | null): InsightPeriod =>
  INSIGHT_PERIODS.find((p) => String(p) === value) ?? DEFAULT_INSIGHT_PERIOD;

export const parseBucket = (value: string | null): Bucket => BUCKETS.find((b) => b === value) ?? DEFAULT_BUCKET;

/** The search params for a choice; defaults are left out so the plain URL is the default view. */
export const periodParams = (days: InsightPeriod, bucket: Bucket): Record<string, string> => ({
  ...(days === DEFAULT_INSIGHT_PERIOD ? {} : { days: String(days) }),
  ...(bucket === DEFAULT_BUCKET ? {} : { bucket }),
});

const DAY_MS = 86_400_000;

/**
 * The last `days` whole UTC days, today included: from midnight UTC `days - 1` days ago to
 * midnight UTC tomorrow. Whole days keep the query variables the same all day (one cache entry).
 */
export const periodRange = (today: string, days: number): { from: string; to: string } => {
  const midnight = Date.parse(`${today}T00:00:00.000Z`);
  return { from: new Date(midnight - (days - 1) * DAY_MS).toISOString(), to: new Date(midnight + DAY_MS).toISOString() };
};
