import { useT } from "@/lib/i18n";
import { CredentialsList } from "@/features/credentials/components/credentials-list";

export const CredentialsPage = () => {
  const t = useT("applicant");
  return (
    <div className="container page">
      <title>{t("common:pageTitle", { title: t("credentials.title") })}</title>
      <h1>{t("credentials.heading")}</h1>
      <p className="lead">{t("credentials.lead")}</p>
      <CredentialsList />
    </div>
  );
};
