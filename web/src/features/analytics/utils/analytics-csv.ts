import type { AnalyticsSummaryQuery } from "@ccp/shared";
import { type CsvCell, toCsv } from "@/lib/csv";
import { translate } from "@/lib/i18n";

type Summary = AnalyticsSummaryQuery["analyticsSummary"];
type Cell = CsvCell;

// The CSV writer is shared with other admin screens (lib/csv.ts); re-exported for this feature's callers.
export { toCsv };

// Percentiles are interpolated (3914.9999999999995); three decimals are plenty for ms and for CLS.
const round = (value: number | null): number | null => (value === null ? null : Math.round(value * 1000) / 1000);

export type SummaryTable = { key: string; label: string; header: string[]; rows: Cell[][] };

/** The summary's tables, as the screen shows them, ready for CSV. */
export const summaryTables = (s: Summary): SummaryTable[] => {
  const errorsByDay = new Map(s.clientErrorsByDay.map((d) => [d.day, d.count]));
  return [
    {
      key: "daily",
      label: translate("staff", "analytics.tables.daily"),
      header: ["day_utc", "page_views", "client_errors"],
      rows: s.pageViewsByDay.map((d) => [d.day, d.count, errorsByDay.get(d.day) ?? 0]),
    },
    { key: "pages", label: translate("staff", "analytics.tables.pages"), header: ["page", "views"], rows: s.topPageViews.map((p) => [p.name, p.count]) },
    { key: "features", label: translate("staff", "analytics.tables.features"), header: ["feature", "uses"], rows: s.topFeatures.map((f) => [f.name, f.count]) },
    {
      key: "web-vitals",
      label: translate("staff", "analytics.tables.web-vitals"),
      header: ["metric", "unit", "samples", "p50", "p75", "p95", "good_up_to", "poor_above"],
      rows: s.webVitalPercentiles.map((v) => [v.name, v.unit, v.samples, round(v.p50), round(v.p75), round(v.p95), v.good, v.poor]),
    },
    { key: "errors", label: translate("staff", "analytics.tables.errors"), header: ["error", "times"], rows: s.topClientErrors.map((e) => [e.name, e.count]) },
    { key: "devices", label: translate("staff", "analytics.tables.devices"), header: ["device_type", "events"], rows: s.deviceTypes.map((d) => [d.name, d.count]) },
  ];
};

/** ccp-analytics-pages-30d-2026-11-29.csv */
export const csvFilename = (key: string, days: number, today: string): string => `ccp-analytics-${key}-${days}d-${today}.csv`;
