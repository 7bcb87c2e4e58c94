import { useT } from "@/lib/i18n";
import { PoliciesAdmin } from "@/features/privacy-admin/components/policies-admin";

export const AdminPoliciesPage = () => {
  const t = useT("staff");
  return (
    <div className="stack">
      <title>{t("common:pageTitle", { title: t("policies.title") })}</title>
      <h1>{t("policies.title")}</h1>
      <p className="lead">{t("policies.lead")}</p>
      <PoliciesAdmin />
    </div>
  );
};
