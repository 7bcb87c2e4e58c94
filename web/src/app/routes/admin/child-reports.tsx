import { ChildReportsAdmin } from "@/features/child-reports/components/child-reports-admin";
import { useT } from "@/lib/i18n";

export const AdminChildReportsPage = () => {
  const t = useT("staff");
  return (
    <div className="stack">
      <title>{t("common:pageTitle", { title: t("childReports.page.title") })}</title>
      <h1>{t("childReports.page.heading")}</h1>
      <p className="lead">{t("childReports.page.lead")}</p>
      <ChildReportsAdmin />
    </div>
  );
};
