import { useT } from "@/lib/i18n";
import { OrganizationManager } from "@/features/organizations/components/organization-manager";

export const OrganizationPage = () => {
  const t = useT("applicant");
  return (
    <div className="container page-narrow">
      <title>{t("common:pageTitle", { title: t("organization.title") })}</title>
      <h1>{t("organization.title")}</h1>
      <p className="lead">{t("organization.lead")}</p>
      <OrganizationManager />
    </div>
  );
};
