import { useMutation } from "@apollo/client/react";
import { CredentialRenewDocument, type CredentialDetailFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { paths } from "@/app/paths";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/dates";
import { canRenew } from "../utils/credential-links";

/** Renewal: a new application for the same certification; the new credential keeps the first award date. */
export const RenewalPanel = ({ credential }: { credential: CredentialDetailFieldsFragment }) => {
  const navigate = useNavigate();
  const [renew, { loading }] = useMutation(CredentialRenewDocument);
  const [error, setError] = useState<string | null>(null);

  if (credential.supersededById) {
    return (
      <Alert tone="info" title="This credential was renewed">
        <p>
          <Link to={paths.app.credential(credential.supersededById)}>Open the renewed credential</Link>. It keeps your first award date,{" "}
          {formatDate(credential.awardedDate)}.
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
      setError(payload?.errors[0]?.message ?? "We could not start the renewal. Please try again.");
    } catch {
      setError("We could not reach CareCorePlus. Check your connection and try again.");
    }
  };

  return (
    <section className="panel" aria-labelledby="renewal-heading">
      <h2 id="renewal-heading">Renew this credential</h2>
      <p>
        {credential.status === "EXPIRED" ? "It has expired. " : `It expires on ${formatDate(credential.validUntil)}. `}
        Start a renewal application; the new credential keeps your first award date.
      </p>
      {credential.certificationType?.renewalRequirements && <p className="pre-line muted">What you need: {credential.certificationType.renewalRequirements}</p>}
      {error && (
        <Alert tone="error" title="Renewal not started">
          <p>{error}</p>
        </Alert>
      )}
      <div className="form-actions">
        <Button onClick={() => void start()} pending={loading} pendingLabel="Starting your renewal…">
          Start renewal
        </Button>
      </div>
    </section>
  );
};
