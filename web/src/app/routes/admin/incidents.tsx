import { useT } from "@/lib/i18n";
import { IncidentsAdmin } from "@/features/incidents/components/incidents-admin";

export const AdminIncidentsPage = () => {
  const t = useT("staff");
  return (
    <div className="stack">
      <title>{t("common:pageTitle", { title: t("incidents.title") })}</title>
      <h1>{t("incidents.title")}</h1>
      <p className="lead">{t("incidents.lead")}</p>
      <IncidentsAdmin />
    </div>
  );
};
