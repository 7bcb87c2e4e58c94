/**
 * Admin insights: the pure parts (period checks, bucket series, due-date windows), apart from the
 * SQL so they are tested without a database. Buckets are UTC calendar periods, as PostgreSQL's
 * `date_trunc` makes them: DAY, WEEK (ISO, starting Monday) and MONTH.
 */

export const INSIGHT_BUCKETS = ["DAY", "WEEK", "MONTH"] as const;
export type InsightBucket = (typeof INSIGHT_BUCKETS)[number];

const DAY_MS = 86_400_000;
/** The longest period one query may cover. */
export const MAX_PERIOD_DAYS = 731;
/** The most buckets one series may have (a year of days). */
export const MAX_BUCKETS = 366;
/** Credentials expiring within this many days are counted. */
export const EXPIRY_HORIZON_DAYS = 90;
/** How many of the soonest-expiring credentials are listed. */
export const SOONEST_LIMIT = 20;
/** How many retention runs of the period are listed (the most recent). */
export const RETENTION_RUNS_LIMIT = 100;

/** The start (UTC) of the bucket holding `d`. */
export function bucketStart(d: Date, bucket: InsightBucket): Date {
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  if (bucket === "DAY") return new Date(day);
  if (bucket === "MONTH") return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
  return new Date(day - sinceMonday * DAY_MS);
}

/** The start of the bucket after the one starting at `start`. */
export function nextBucket(start: Date, bucket: InsightBucket): Date {
  if (bucket === "DAY") return new Date(start.getTime() + DAY_MS);
  if (bucket === "WEEK") return new Date(start.getTime() + 7 * DAY_MS);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

/** Every bucket start ("YYYY-MM-DD") from the bucket holding `from` to the one holding the last instant before `to`. */
export function bucketSeries(from: Date, to: Date, bucket: InsightBucket): string[] {
  const out: string[] = [];
  for (let b = bucketStart(from, bucket); b < to; b = nextBucket(b, bucket)) out.push(b.toISOString().slice(0, 10));
  return out;
}

/** Why a period is refused, or null when it is fine. */
export function periodProblem(from: Date, to: Date, bucket: InsightBucket): string | null {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return "from and to must be dates";
  if (from >= to) return "from must be before to";
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS) return `the period may be at most ${MAX_PERIOD_DAYS} days`;
  if (bucketSeries(from, to, bucket).length > MAX_BUCKETS) return `at most ${MAX_BUCKETS} buckets: choose a longer bucket`;
  return null;
}

export const DUE_WINDOWS = ["OVERDUE", "THIS_WEEK", "NEXT_WEEK", "LATER"] as const;
export type DueWindow = (typeof DUE_WINDOWS)[number];

/** Which window an open privacy request falls in: overdue, due within 7 days, within 8–14 days, or later. */
export function dueWindow(dueAt: Date, now: Date): DueWindow {
  const left = dueAt.getTime() - now.getTime();
  if (left < 0) return "OVERDUE";
  if (left < 7 * DAY_MS) return "THIS_WEEK";
  if (left < 14 * DAY_MS) return "NEXT_WEEK";
  return "LATER";
}

/** Whole days from `now` until `until` (rounded up: something expiring in 3 hours has 1 day left). */
export function daysLeft(until: Date, now: Date): number {
  return Math.max(0, Math.ceil((until.getTime() - now.getTime()) / DAY_MS));
}
