import { ApiKeys } from "@/features/integrations/components/api-keys";
import { Webhooks } from "@/features/integrations/components/webhooks";

export const AdminIntegrationsPage = () => (
  <div className="stack-large">
    <title>Integrations · CareCorePlus</title>
    <div>
      <h1>Integrations</h1>
      <p className="lead">
        Let employers' and regulators' systems check credentials automatically, and tell them when a credential
        changes.
      </p>
    </div>
    <section aria-labelledby="api-keys-heading">
      <h2 id="api-keys-heading">API keys</h2>
      <ApiKeys />
    </section>
    <section aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading">Webhooks</h2>
      <Webhooks />
    </section>
  </div>
);
