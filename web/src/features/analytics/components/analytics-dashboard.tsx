import { useQuery } from "@apollo/client/react";
import { AnalyticsSummaryDocument } from "@ccp/shared";
import { useSearchParams } from "react-router";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { DEFAULT_PERIOD, formatCount, parsePeriod, type Period } from "../utils/analytics-format";
import { ClientErrorsSection, DevicesSection, PageViewsSection, TopListsSection } from "./usage-sections";
import { PeriodPicker } from "./period-picker";
import { SummaryDownloads } from "./summary-downloads";
import { WebVitalsSection } from "./web-vitals-section";

/** /admin/analytics: the consented usage of the last 7, 30, 90 or 365 days. */
export const AnalyticsDashboard = () => {
  const t = useT("staff");
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
      {loading && !summary && <LoadingState label={t("analytics.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      <p className="visually-hidden" role="status">
        {loading ? t("common:states.loading") : summary ? t("analytics.showing", { days: summary.days }) : ""}
      </p>
      {summary && summary.people === 0 && !stale && (
        <EmptyState title={t("analytics.empty.title", { days: summary.days })}>
          <p>{t("analytics.empty.text")}</p>
        </EmptyState>
      )}
      {summary && summary.people > 0 && (
        <div className={stale ? "stack analytics-stale" : "stack"} aria-busy={stale}>
          <p className="analytics-totals">
            <Trans
              text={t("analytics.totals.people", { count: summary.people, pageViews: formatCount(summary.pageViews), people: formatCount(summary.people) })}
              components={[<strong />, <strong />]}
            />
            {" · "}
            <Trans text={t("analytics.totals.errors", { count: summary.clientErrors, errors: formatCount(summary.clientErrors) })} components={[<strong />]} />
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
