import { useT } from "@/lib/i18n";
import { CredentialsAdmin } from "@/features/credentials/components/credentials-admin";

export const AdminCredentialsPage = () => {
  const t = useT("staff");
  return (
    <div className="stack">
      <title>{t("common:pageTitle", { title: t("credentials.title") })}</title>
      <h1>{t("credentials.title")}</h1>
      <p className="lead">{t("credentials.lead")}</p>
      <CredentialsAdmin />
    </div>
  );
};
