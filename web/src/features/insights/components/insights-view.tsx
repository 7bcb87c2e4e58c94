import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { formatDateTime } from "@/lib/dates";
import { insightsTables, type InsightsTable } from "../utils/insights-csv";
import { hasAnyData, type Insights } from "../utils/insights-format";
import { ApplicationsSection, ExpiringSection, PrivacySection, RetentionSection, TurnaroundSection } from "./insights-sections";

type Props = {
  insights: Insights | undefined;
  /** The figures shown are from the previous period while the new ones load. */
  stale: boolean;
  loading: boolean;
  error: string | null;
  days: number;
  onRetry: () => void;
  download: (table: InsightsTable) => void;
};

/** The insight screen for a query state: loading, error, empty, or the five sections. */
export const InsightsView = ({ insights, stale, loading, error, days, onRetry, download }: Props) => {
  if (!insights) {
    if (error) return <ErrorState message={error} onRetry={onRetry} />;
    return loading ? <LoadingState label="Loading insights…" /> : null;
  }
  if (!hasAnyData(insights) && !stale) {
    return (
      <EmptyState title="Nothing to show yet">
        <p>
          No application moved, no credential expires in the next 90 days, no privacy request is open and no retention run
          happened in the last {days} days. The charts fill in as the platform is used.
        </p>
      </EmptyState>
    );
  }
  const tables = insightsTables(insights);
  const props = { insights, withYear: days > 31, download, tables };
  return (
    <div className={stale ? "stack analytics-stale" : "stack"} aria-busy={stale}>
      <p className="muted">
        Figures as of <time dateTime={insights.generatedAt}>{formatDateTime(insights.generatedAt)}</time>. Periods are calendar days,
        weeks (from Monday) or months in UTC; times are shown in your time zone.
      </p>
      <ApplicationsSection {...props} />
      <TurnaroundSection {...props} />
      <ExpiringSection {...props} />
      <PrivacySection {...props} />
      <RetentionSection {...props} />
    </div>
  );
};
