import { useT } from "@/lib/i18n";
import { SupportList } from "@/features/support/components/support-list";
import { SupportRequestForm } from "@/features/support/components/support-request-form";

export const SupportPage = () => {
  const t = useT("applicant");
  return (
    <div className="container page-narrow">
      <title>{t("common:pageTitle", { title: t("support.title") })}</title>
      <h1>{t("support.title")}</h1>
      <p className="lead">{t("support.lead")}</p>
      <div className="stack-large">
        <section className="panel" aria-labelledby="ask-heading">
          <h2 id="ask-heading">{t("support.ask")}</h2>
          <SupportRequestForm />
        </section>
        <section aria-labelledby="requests-heading">
          <h2 id="requests-heading">{t("support.yours")}</h2>
          <SupportList />
        </section>
      </div>
    </div>
  );
};
