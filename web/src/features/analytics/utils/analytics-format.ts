// Labels and verdicts for the admin analytics screen.

import { formatUtcDay } from "@/lib/dates";
import { translatedLabels } from "@/lib/i18n";

export const PERIODS = [7, 30, 90, 365] as const;
export type Period = (typeof PERIODS)[number];
export const DEFAULT_PERIOD: Period = 30;

/** The period in ?days=, or 30 days when it is missing or not one of the choices. */
export const parsePeriod = (value: string | null): Period => PERIODS.find((p) => String(p) === value) ?? DEFAULT_PERIOD;

export type VitalRating = "good" | "needs-improvement" | "poor";

/** web.dev's verdict for a 75th percentile: good at or under `good`, poor above `poor`. */
export const vitalRating = (p75: number, good: number, poor: number): VitalRating =>
  p75 <= good ? "good" : p75 <= poor ? "needs-improvement" : "poor";

export const VITAL_RATING_LABEL: Readonly<Record<VitalRating, string>> = translatedLabels("staff", "analytics.vitals.rating", [
  "good",
  "needs-improvement",
  "poor",
]);

export const VITAL_LABEL: Readonly<Record<string, string | undefined>> = translatedLabels("staff", "analytics.vitals.name", ["LCP", "INP", "CLS", "FCP", "TTFB"]);

/** 1840 ms → "1.84 s", 120 ms → "120 ms", CLS 0.0832 → "0.083". */
export const formatVital = (value: number, unit: string): string => {
  if (unit !== "ms") return value.toFixed(3).replace(/\.?0+$/, "") || "0";
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return `${Math.round(value)} ms`;
};

const numberFormat = new Intl.NumberFormat("en-GB");
export const formatCount = (value: number): string => numberFormat.format(value);

/** "2026-11-29" → "Nov 29" in the active language (the year too for periods longer than a month, where it can change). */
export const formatDay = (day: string, withYear = false): string => formatUtcDay(day, withYear ? "dayYear" : "day");

/** A client-error name "<type>:<words>:<route>" split for display; older names may be just a type. */
export const describeClientError = (name: string): { type: string; message: string; route: string } => {
  const [type = name, ...rest] = name.split(":");
  const routeStart = rest.findIndex((part) => part.startsWith("/"));
  const message = (routeStart === -1 ? rest : rest.slice(0, routeStart)).join(" ").replace(/-/g, " ");
  const route = routeStart === -1 ? "" : rest.slice(routeStart).join(":");
  return { type, message, route };
};

export const DEVICE_LABEL: Readonly<Record<string, string | undefined>> = translatedLabels("staff", "analytics.device", ["desktop", "mobile", "tablet", "unknown"]);
