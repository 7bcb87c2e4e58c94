import type { AdminInsightsQuery } from "@ccp/shared";

export type Insights = AdminInsightsQuery["adminInsights"];

const numberFormat = new Intl.NumberFormat("en-GB");
export const formatCount = (value: number): string => numberFormat.format(value);
export const formatDaysValue = (value: number): string => `${Number.isInteger(value) ? value : value.toFixed(1)} d`;

/** A bucket's first UTC day as a label: "12 Oct" (with the year for long periods); months as "Oct 2026". */
export const bucketLabel = (start: string, bucket: string, withYear = false): string => {
  const date = new Date(`${start}T00:00:00Z`);
  if (bucket === "MONTH") return date.toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", ...(withYear ? { year: "numeric" } : {}), timeZone: "UTC" });
};

export const BUCKET_KEY_NAME: Record<string, string> = { DAY: "Day (UTC)", WEEK: "Week starting (Monday, UTC)", MONTH: "Month" };

export const STATUS_SERIES = [
  { key: "submitted", name: "Submitted" },
  { key: "underReview", name: "Review started" },
  { key: "changesRequested", name: "Changes requested" },
  { key: "approved", name: "Approved" },
  { key: "rejected", name: "Rejected" },
  { key: "withdrawn", name: "Withdrawn" },
  { key: "started", name: "Drafts started" },
] as const;

export const DUE_WINDOW_LABEL: Record<string, string> = {
  OVERDUE: "Overdue",
  THIS_WEEK: "Due within 7 days",
  NEXT_WEEK: "Due in 7–14 days",
  LATER: "Due later",
};

export const KIND_SERIES = [
  { key: "access", name: "Access" },
  { key: "export", name: "Export" },
  { key: "correction", name: "Correction" },
  { key: "deletion", name: "Deletion" },
] as const;

export const TRIGGER_LABEL: Record<string, string> = { SCHEDULE: "Scheduled", MANUAL: "Run by an admin", CLI: "Command line" };

/** Whether anything at all happened: false shows the empty state instead of five empty charts. */
export const hasAnyData = (s: Insights): boolean =>
  s.applicationsByStatus.some((b) => STATUS_SERIES.some((x) => b[x.key] > 0)) ||
  s.credentialsExpiring.total > 0 ||
  s.privacyRequestsDue.some((d) => d.total > 0) ||
  s.retentionRuns.length > 0;
