import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { PrivacyPolicyView } from "@/features/privacy/components/privacy-policy-view";

export const PrivacyPage = () => {
  const t = useT("public");
  return (
    <div className="container page-reading">
      <title>{t("common:pageTitle", { title: t("privacy.title") })}</title>
      <PrivacyPolicyView />
      <section className="panel privacy-links" aria-labelledby="privacy-help-heading">
        <h2 id="privacy-help-heading" className="card-title">
          {t("privacy.inPractice")}
        </h2>
        <ul className="link-list">
          <li>
            <Trans text={t("privacy.center")} components={[<Link to={paths.app.privacy} />]} />
          </li>
          <li>
            <Trans text={t("privacy.request")} components={[<Link to={paths.privacyRequest} />]} />
          </li>
          <li>
            <Trans text={t("privacy.underage")} components={[<Link to={paths.reportUnderage} />]} />
          </li>
        </ul>
      </section>
    </div>
  );
};
