/**
 * The admin analytics summary: pure helpers (period, day series, web-vital
 * thresholds) kept apart from the SQL so they can be tested without a database.
 */

const DAY_MS = 86_400_000;

/** Web-vital thresholds from web.dev ("good" at or under `good`, "poor" above `poor`), judged at the 75th percentile. */
export const WEB_VITAL_THRESHOLDS = {
  LCP: { good: 2500, poor: 4000, unit: "ms" },
  INP: { good: 200, poor: 500, unit: "ms" },
  CLS: { good: 0.1, poor: 0.25, unit: "" },
  FCP: { good: 1800, poor: 3000, unit: "ms" },
  TTFB: { good: 800, poor: 1800, unit: "ms" },
} as const;
export type WebVitalName = keyof typeof WEB_VITAL_THRESHOLDS;
export const WEB_VITAL_NAMES = Object.keys(WEB_VITAL_THRESHOLDS) as WebVitalName[];

/** The start of the period: midnight UTC `days - 1` days before today, so the period is `days` whole UTC days, today included. */
export function periodStart(now: Date, days: number): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - (days - 1) * DAY_MS);
}

/** One entry per UTC day from `since` for `days` days ("YYYY-MM-DD"), with 0 for days without events. */
export function daySeries(since: Date, days: number, counts: readonly { day: string; count: number }[]): { day: string; count: number }[] {
  const byDay = new Map(counts.map((c) => [c.day, c.count]));
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(since.getTime() + i * DAY_MS).toISOString().slice(0, 10);
    return { day, count: byDay.get(day) ?? 0 };
  });
}
