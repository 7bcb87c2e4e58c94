import type { AdminInsightsQuery } from "@ccp/shared";
import { formatUtcDay } from "@/lib/dates";
import { translate, translatedLabels } from "@/lib/i18n";

export type Insights = AdminInsightsQuery["adminInsights"];

const numberFormat = new Intl.NumberFormat("en-GB");
export const formatCount = (value: number): string => numberFormat.format(value);
export const formatDaysValue = (value: number): string => `${Number.isInteger(value) ? value : value.toFixed(1)} d`;

/** A bucket's first UTC day as a label in the active language: "Oct 12" (with the year for long periods); months as "Oct 2026". */
export const bucketLabel = (start: string, bucket: string, withYear = false): string =>
  formatUtcDay(start, bucket === "MONTH" ? "month" : withYear ? "dayYear" : "day");

export const BUCKET_KEY_NAME: Readonly<Record<string, string>> = translatedLabels("staff", "insights.bucketKey", ["DAY", "WEEK", "MONTH"]);

/** Chart series whose names are read in the active language when shown. */
const series = <const K extends string>(prefix: string, keys: readonly K[]): readonly { key: K; readonly name: string }[] =>
  keys.map((key) => ({
    key,
    get name() {
      return translate("staff", `${prefix}.${key}`);
    },
  }));

export const STATUS_SERIES = series("insights.status", ["submitted", "underReview", "changesRequested", "approved", "rejected", "withdrawn", "started"]);

export const DUE_WINDOW_LABEL: Readonly<Record<string, string>> = translatedLabels("staff", "insights.due", ["OVERDUE", "THIS_WEEK", "NEXT_WEEK", "LATER"]);

export const KIND_SERIES = series("insights.kind", ["access", "export", "correction", "deletion"]);

export const TRIGGER_LABEL: Readonly<Record<string, string>> = translatedLabels("staff", "insights.trigger", ["SCHEDULE", "MANUAL", "CLI"]);

/** Whether anything at all happened: false shows the empty state instead of five empty charts. */
export const hasAnyData = (s: Insights): boolean =>
  s.applicationsByStatus.some((b) => STATUS_SERIES.some((x) => b[x.key] > 0)) ||
  s.credentialsExpiring.total > 0 ||
  s.privacyRequestsDue.some((d) => d.total > 0) ||
  s.retentionRuns.length > 0;
