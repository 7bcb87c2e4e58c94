import type { CsvCell } from "@/lib/csv";
import { translate } from "@/lib/i18n";
import type { Insights } from "./insights-format";

export type InsightsTable = { key: string; label: string; header: string[]; rows: CsvCell[][] };

/** Every table of the screen, keyed by section, ready for CSV (dates as ISO: UTC days, UTC instants). */
export const insightsTables = (s: Insights): Record<"applications" | "turnaround" | "expiring" | "expiring-soonest" | "privacy" | "retention", InsightsTable> => ({
  applications: {
    key: "applications",
    label: translate("staff", "insights.tables.applications"),
    header: ["bucket_start_utc", "drafts_started", "submitted", "review_started", "changes_requested", "approved", "rejected", "withdrawn"],
    rows: s.applicationsByStatus.map((b) => [b.start, b.started, b.submitted, b.underReview, b.changesRequested, b.approved, b.rejected, b.withdrawn]),
  },
  turnaround: {
    key: "turnaround",
    label: translate("staff", "insights.tables.turnaround"),
    header: ["bucket_start_utc", "decided", "median_days", "p90_days"],
    rows: s.reviewTurnaround.map((b) => [b.start, b.decided, b.medianDays, b.p90Days]),
  },
  expiring: {
    key: "expiring",
    label: translate("staff", "insights.tables.expiring"),
    header: ["week_start_utc", "expiring"],
    rows: s.credentialsExpiring.byWeek.map((w) => [w.start, w.count]),
  },
  "expiring-soonest": {
    key: "expiring-soonest",
    label: translate("staff", "insights.tables.expiring-soonest"),
    header: ["number", "holder", "holder_type", "certification", "valid_until_utc", "days_left"],
    rows: s.credentialsExpiring.soonest.map((c) => [c.number, c.holderName, c.subject, c.certificationName, c.validUntil, c.daysLeft]),
  },
  privacy: {
    key: "privacy",
    label: translate("staff", "insights.tables.privacy"),
    header: ["due", "access", "export", "correction", "deletion", "total"],
    rows: s.privacyRequestsDue.map((d) => [d.window, d.access, d.export, d.correction, d.deletion, d.total]),
  },
  retention: {
    key: "retention",
    label: translate("staff", "insights.tables.retention"),
    header: ["started_at_utc", "trigger", "dry_run", "rule", "description", "removed", "held"],
    rows: s.retentionRuns.flatMap((r) => r.rules.map((x) => [r.startedAt, r.trigger, r.dryRun ? "yes" : "no", x.rule, x.description, x.count, x.held])),
  },
});

/** ccp-insights-applications-90d-WEEK-2026-11-29.csv */
export const insightsCsvFilename = (key: string, days: number, bucket: string, today: string): string =>
  `ccp-insights-${key}-${days}d-${bucket}-${today}.csv`;
