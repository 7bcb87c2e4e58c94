import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { ConsentChoices } from "@/features/privacy/components/consent-choices";
import { MyPrivacyRequests } from "@/features/privacy/components/my-privacy-requests";
import { PrivacyRequestForm } from "@/features/privacy/components/privacy-request-form";
import { WhatWeHold } from "@/features/privacy/components/what-we-hold";

const SECTIONS = [
  { id: "what-we-hold", title: "privacyCenter.whatWeHold" },
  { id: "your-choices", title: "privacyCenter.choices" },
  { id: "your-requests", title: "privacyCenter.requests" },
  { id: "your-credentials", title: "privacyCenter.credentials" },
] as const;

export const PrivacyCenterPage = () => {
  const t = useT("applicant");
  return (
    <div className="container page-narrow privacy-center">
      <title>{t("common:pageTitle", { title: t("privacyCenter.title") })}</title>
      <h1>{t("privacyCenter.heading")}</h1>
      <p className="lead">{t("privacyCenter.lead")}</p>
      <nav aria-label={t("privacyCenter.onThisPage")} className="on-this-page">
        <ul className="link-list">
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{t(section.title)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section className="panel privacy-section" aria-labelledby="what-we-hold">
        <h2 id="what-we-hold" className="card-title">
          {t("privacyCenter.whatWeHold")}
        </h2>
        <WhatWeHold />
        <p>
          <Trans text={t("privacyCenter.readPolicy")} components={[<Link to={paths.privacy} />]} />
        </p>
      </section>

      <section className="panel privacy-section" aria-labelledby="your-choices">
        <h2 id="your-choices" className="card-title">
          {t("privacyCenter.choices")}
        </h2>
        <ConsentChoices />
      </section>

      <section className="panel privacy-section" aria-labelledby="your-requests">
        <h2 id="your-requests" className="card-title">
          {t("privacyCenter.requests")}
        </h2>
        <MyPrivacyRequests />
        <h3 className="privacy-subheading">{t("privacyCenter.makeRequest")}</h3>
        <PrivacyRequestForm />
      </section>

      <section className="panel privacy-section" aria-labelledby="your-credentials">
        <h2 id="your-credentials" className="card-title">
          {t("privacyCenter.credentials")}
        </h2>
        <p>{t("privacyCenter.credentialsText")}</p>
        <Link to={paths.app.credentials} className="btn btn-secondary">
          {t("privacyCenter.seeCredentials")}
        </Link>
      </section>
    </div>
  );
};
