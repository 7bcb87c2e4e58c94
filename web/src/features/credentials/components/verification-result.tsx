import { CredentialVerifyDocument } from "@ccp/shared";
import { formatDate, formatDateTime } from "@/lib/dates";
import { useFetchQuery } from "@/lib/use-fetch-query";
import { Button } from "@/components/ui/button";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { VERIFICATION_STATUS } from "../utils/verification-labels";
import { describeVerifyError } from "../utils/verify-errors";

const ICON = { valid: "✓", warning: "!", invalid: "✗" } as const;

/**
 * The answer to "is credential <number> genuine and valid?", as a verifier expects it. Always
 * asked afresh, over plain fetch: the page loads without Apollo Client.
 */
export const VerificationResult = ({ number }: { number: string }) => {
  const { data, loading, error, refetch } = useFetchQuery(CredentialVerifyDocument, { number });

  if (loading && !data) {
    return (
      <div className="verify-result-pending">
        <LoadingState label={`Checking credential ${number}…`} />
      </div>
    );
  }
  if (error && !data) {
    return (
      <ErrorState
        title="We couldn't check this credential"
        message={describeVerifyError(error)}
        onRetry={refetch}
      />
    );
  }
  const result = data?.credentialVerify;
  if (!result) return null;
  const status = VERIFICATION_STATUS[result.status];
  const { credential } = result;

  return (
    <section className={`verify-result verify-${status.tone}`} aria-labelledby="verify-result-heading">
      <h2 id="verify-result-heading" className="visually-hidden">
        Result
      </h2>
      <div className="verify-status" role="status">
        <span className="verify-icon" aria-hidden="true">
          {ICON[status.tone]}
        </span>
        <div>
          <p className="verify-status-label">{status.label}</p>
          <p className="verify-status-text">{status.text}</p>
        </div>
      </div>

      {credential ? (
        <dl className="readonly-list verify-details">
          <div>
            <dt>Credential</dt>
            <dd>{credential.title}</dd>
          </div>
          <div>
            <dt>Held by</dt>
            <dd>{credential.holderName}</dd>
          </div>
          <div>
            <dt>Issued by</dt>
            <dd>{credential.issuerName}</dd>
          </div>
          <div>
            <dt>Valid from</dt>
            <dd>{formatDate(credential.validFrom)}</dd>
          </div>
          <div>
            <dt>Valid until</dt>
            <dd>{formatDate(credential.validUntil)}</dd>
          </div>
          <div>
            <dt>Credential number</dt>
            <dd className="credential-number">{credential.number}</dd>
          </div>
        </dl>
      ) : (
        <p>
          Number checked: <span className="credential-number">{number}</span>
        </p>
      )}

      <div className="verify-footer">
        <p className="muted">
          Checked at <time dateTime={result.checkedAt}>{formatDateTime(result.checkedAt)}</time> (your local time)
        </p>
        <Button
          variant="secondary"
          className="btn-small"
          onClick={refetch}
          pending={loading}
          pendingLabel="Checking again…"
        >
          Check again
        </Button>
      </div>
      {error !== undefined && <p role="alert" className="field-error">{describeVerifyError(error)}</p>}
    </section>
  );
};
