import { ApiKeys } from "@/features/integrations/components/api-keys";
import { Webhooks } from "@/features/integrations/components/webhooks";
import { useT } from "@/lib/i18n";

export const AdminIntegrationsPage = () => {
  const t = useT("staff");
  return (
    <div className="stack-large">
      <title>{t("common:pageTitle", { title: t("integrations.title") })}</title>
      <div>
        <h1>{t("integrations.heading")}</h1>
        <p className="lead">{t("integrations.lead")}</p>
      </div>
      <section aria-labelledby="api-keys-heading">
        <h2 id="api-keys-heading">{t("integrations.apiKeys")}</h2>
        <ApiKeys />
      </section>
      <section aria-labelledby="webhooks-heading">
        <h2 id="webhooks-heading">{t("integrations.webhooks")}</h2>
        <Webhooks />
      </section>
    </div>
  );
};
