import { useT } from "@/lib/i18n";
import { PrivacyRequestsAdmin } from "@/features/privacy-admin/components/privacy-requests-admin";

export const AdminPrivacyRequestsPage = () => {
  const t = useT("staff");
  return (
    <div className="stack">
      <title>{t("common:pageTitle", { title: t("privacyRequests.title") })}</title>
      <h1>{t("privacyRequests.title")}</h1>
      <p className="lead">{t("privacyRequests.lead")}</p>
      <PrivacyRequestsAdmin />
    </div>
  );
};
