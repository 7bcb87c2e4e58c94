import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useAuth } from "@/lib/auth";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { Alert } from "@/components/ui/alert";
import { PublicPrivacyRequest } from "@/features/privacy/components/public-privacy-request";

/** /privacy/request: a data-subject request for people who cannot sign in (POL-RIGHT-IDENTITY). */
export const PrivacyRequestPage = () => {
  const t = useT("public");
  const { viewer } = useAuth();
  return (
    <div className="container page-narrow">
      <title>{t("common:pageTitle", { title: t("privacyRequest.title") })}</title>
      <h1>{t("privacyRequest.heading")}</h1>
      <p className="lead">{t("privacyRequest.lead")}</p>
      {viewer && (
        <Alert tone="info" title={t("privacyRequest.signedIn")}>
          <p>
            <Trans text={t("privacyRequest.signedInText")} components={[<Link to={paths.app.privacy} />]} />
          </p>
        </Alert>
      )}
      <PublicPrivacyRequest />
    </div>
  );
};
