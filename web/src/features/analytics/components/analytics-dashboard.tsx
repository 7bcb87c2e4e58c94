import { useQuery } from "@apollo/client/react";
import { AnalyticsSummaryDocument } from "@ccp/shared";
import { useSearchParams } from "react-router";
import { describeError } from "@/lib/errors";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { DEFAULT_PERIOD, formatCount, parsePeriod, type Period } from "../utils/analytics-format";
import { ClientErrorsSection, DevicesSection, PageViewsSection, TopListsSection } from "./usage-sections";
import { PeriodPicker } from "./period-picker";
import { SummaryDownloads } from "./summary-downloads";
import { WebVitalsSection } from "./web-vitals-section";

/** /admin/analytics: the consented usage of the last 7, 30, 90 or 365 days. */
export const AnalyticsDashboard = () => {
  const [params, setParams] = useSearchParams();
  const days = parsePeriod(params.get("days"));
  const { data, previousData, loading, error, refetch } = useQuery(AnalyticsSummaryDocument, {
    variables: { days },
    fetchPolicy: "cache-and-network",
  });
  const summary = (data ?? previousData)?.analyticsSummary;
  const stale = !data && !!previousData;

  const choose = (period: Period) => setParams(period === DEFAULT_PERIOD ? {} : { days: String(period) }, { replace: true });

  return (
    <div className="stack">
      <PeriodPicker value={days} onChange={choose} />
      {loading && !summary && <LoadingState label="Loading usage analytics…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      <p className="visually-hidden" role="status">
        {loading ? "Loading…" : summary ? `Showing the last ${summary.days} days.` : ""}
      </p>
      {summary && summary.people === 0 && !stale && (
        <EmptyState title={`Nothing recorded in the last ${summary.days} days`}>
          <p>
            Only people who turned on “Usage analytics” in their privacy center are counted. Their page views, feature
            use, page speed and errors will show here.
          </p>
        </EmptyState>
      )}
      {summary && summary.people > 0 && (
        <div className={stale ? "stack analytics-stale" : "stack"} aria-busy={stale}>
          <p className="analytics-totals">
            <strong>{formatCount(summary.pageViews)}</strong> page views from <strong>{formatCount(summary.people)}</strong>{" "}
            {summary.people === 1 ? "person" : "people"} who allow usage analytics ·{" "}
            <strong>{formatCount(summary.clientErrors)}</strong> client {summary.clientErrors === 1 ? "error" : "errors"}
          </p>
          <PageViewsSection summary={summary} />
          <TopListsSection summary={summary} />
          <WebVitalsSection vitals={summary.webVitalPercentiles} />
          <ClientErrorsSection summary={summary} />
          <DevicesSection summary={summary} />
          <SummaryDownloads summary={summary} />
        </div>
      )}
    </div>
  );
};
