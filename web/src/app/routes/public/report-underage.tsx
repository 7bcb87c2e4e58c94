import { ChildReportForm } from "@/features/child-reports/components/child-report-form";
import { useT } from "@/lib/i18n";

export const ReportUnderagePage = () => {
  const t = useT("public");
  return (
    <div className="container page-narrow">
      <title>{t("common:pageTitle", { title: t("underage.title") })}</title>
      <h1>{t("underage.title")}</h1>
      <p className="lead">{t("underage.lead")}</p>
      <div className="panel">
        <ChildReportForm />
      </div>
    </div>
  );
};
