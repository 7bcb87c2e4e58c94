import { useQuery } from "@apollo/client/react";
import { AdminInsightsDocument } from "@ccp/shared";
import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { saveCsv } from "@/lib/csv";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { insightsCsvFilename, type InsightsTable } from "../utils/insights-csv";
import { type Bucket, type InsightPeriod, parseBucket, parseInsightPeriod, periodParams, periodRange } from "../utils/insights-period";
import { InsightsPeriodPicker } from "./insights-period-picker";
import { InsightsView } from "./insights-view";

/** /admin/insights: the period and grouping come from the URL (?days=30|90|365&bucket=DAY|WEEK|MONTH). */
export const InsightsDashboard = () => {
  const t = useT("staff");
  const [params, setParams] = useSearchParams();
  const days = parseInsightPeriod(params.get("days"));
  const bucket = parseBucket(params.get("bucket"));
  const today = new Date().toISOString().slice(0, 10);
  const range = useMemo(() => periodRange(today, days), [today, days]);
  const { data, previousData, loading, error, refetch } = useQuery(AdminInsightsDocument, {
    variables: { input: { ...range, bucket } },
    fetchPolicy: "cache-and-network",
  });
  const insights = (data ?? previousData)?.adminInsights;
  const choose = (d: InsightPeriod, b: Bucket) => setParams(periodParams(d, b), { replace: true });
  const download = (table: InsightsTable) => saveCsv(insightsCsvFilename(table.key, days, bucket, today), table.header, table.rows);

  return (
    <div className="stack">
      <InsightsPeriodPicker days={days} bucket={bucket} onChange={choose} />
      <p className="visually-hidden" role="status">
        {loading ? t("common:states.loading") : insights ? t("insights.showing", { days }) : ""}
      </p>
      <InsightsView
        insights={insights}
        stale={!data && !!previousData}
        loading={loading}
        error={error && !data ? describeError(error) : null}
        days={days}
        onRetry={() => void refetch()}
        download={download}
      />
    </div>
  );
};
