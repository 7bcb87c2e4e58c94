import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { formatDateTime } from "@/lib/dates";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
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
  const t = useT("staff");
  if (!insights) {
    if (error) return <ErrorState message={error} onRetry={onRetry} />;
    return loading ? <LoadingState label={t("insights.loading")} /> : null;
  }
  if (!hasAnyData(insights) && !stale) {
    return (
      <EmptyState title={t("insights.empty.title")}>
        <p>{t("insights.empty.text", { days })}</p>
      </EmptyState>
    );
  }
  const tables = insightsTables(insights);
  const props = { insights, withYear: days > 31, download, tables };
  return (
    <div className={stale ? "stack analytics-stale" : "stack"} aria-busy={stale}>
      <p className="muted">
        <Trans text={t("insights.asOf", { date: formatDateTime(insights.generatedAt) })} components={[<time dateTime={insights.generatedAt} />]} />
      </p>
      <ApplicationsSection {...props} />
      <TurnaroundSection {...props} />
      <ExpiringSection {...props} />
      <PrivacySection {...props} />
      <RetentionSection {...props} />
    </div>
  );
};
