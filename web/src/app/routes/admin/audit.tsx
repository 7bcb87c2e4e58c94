import { AuditLog } from "@/features/audit/components/audit-log";
import { useT } from "@/lib/i18n";

export const AdminAuditPage = () => {
  const t = useT("staff");
  return (
    <>
      <title>{t("common:pageTitle", { title: t("audit.page.title") })}</title>
      <h1>{t("audit.page.heading")}</h1>
      <p className="lead">{t("audit.page.lead")}</p>
      <AuditLog />
    </>
  );
};
