import { useT } from "@/lib/i18n";
import { InsightsDashboard } from "@/features/insights/components/insights-dashboard";

export const AdminInsightsPage = () => {
  const t = useT("staff");
  return (
    <div className="stack">
      <title>{t("common:pageTitle", { title: t("insights.title") })}</title>
      <h1>{t("insights.title")}</h1>
      <p className="lead">{t("insights.lead")}</p>
      <InsightsDashboard />
    </div>
  );
};
