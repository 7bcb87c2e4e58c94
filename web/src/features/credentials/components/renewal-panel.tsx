import { useMutation } from "@apollo/client/react";
import { CredentialRenewDocument, type CredentialDetailFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { paths } from "@/app/paths";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/dates";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { canRenew } from "../utils/credential-links";

/** Renewal: a new application for the same certification; the new credential keeps the first award date. */
export const RenewalPanel = ({ credential }: { credential: CredentialDetailFieldsFragment }) => {
  const t = useT("applicant");
  const navigate = useNavigate();
  const [renew, { loading }] = useMutation(CredentialRenewDocument);
  const [error, setError] = useState<string | null>(null);

  if (credential.supersededById) {
    return (
      <Alert tone="info" title={t("renewal.renewedTitle")}>
        <p>
          <Trans
            text={t("renewal.renewedText", { date: formatDate(credential.awardedDate) })}
            components={[<Link to={paths.app.credential(credential.supersededById)} />]}
          />
        </p>
      </Alert>
    );
  }
  if (!canRenew(credential)) return null;

  const start = async () => {
    setError(null);
    try {
      const { data } = await renew({
        variables: { input: { kind: credential.subject === "PROGRAM" ? "PROGRAM_ACCREDITATION" : "INDIVIDUAL_CERTIFICATION", renewsCredentialId: credential.id } },
      });
      const payload = data?.applicationCreate;
      if (payload?.application) {
        void navigate(paths.app.application(payload.application.id));
        return;
      }
      setError(payload?.errors[0]?.message ?? t("renewal.failed"));
    } catch {
      setError(t("renewal.offline"));
    }
  };

  return (
    <section className="panel" aria-labelledby="renewal-heading">
      <h2 id="renewal-heading">{t("renewal.heading")}</h2>
      <p>
        {credential.status === "EXPIRED" ? t("renewal.expiredText") : t("renewal.expiresText", { date: formatDate(credential.validUntil) })}
      </p>
      {credential.certificationType?.renewalRequirements && <p className="pre-line muted">{t("renewal.requirements", { requirements: credential.certificationType.renewalRequirements })}</p>}
      {error && (
        <Alert tone="error" title={t("renewal.notStarted")}>
          <p>{error}</p>
        </Alert>
      )}
      <div className="form-actions">
        <Button onClick={() => void start()} pending={loading} pendingLabel={t("renewal.starting")}>
          {t("renewal.start")}
        </Button>
      </div>
    </section>
  );
};
