import { useT } from "@/lib/i18n";
import { AnalyticsDashboard } from "@/features/analytics/components/analytics-dashboard";

export const AdminAnalyticsPage = () => {
  const t = useT("staff");
  return (
    <div className="stack">
      <title>{t("common:pageTitle", { title: t("analytics.title") })}</title>
      <h1>{t("analytics.title")}</h1>
      <p className="lead">{t("analytics.lead")}</p>
      <AnalyticsDashboard />
    </div>
  );
};
