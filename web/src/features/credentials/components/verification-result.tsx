import { CredentialVerifyDocument } from "@ccp/shared";
import { formatDate, formatDateTime } from "@/lib/dates";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { useFetchQuery } from "@/lib/use-fetch-query";
import { Button } from "@/components/ui/button";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { VERIFICATION_TONE } from "../utils/verification-labels";
import { describeVerifyError } from "../utils/verify-errors";

const ICON = { valid: "✓", warning: "!", invalid: "✗" } as const;

/**
 * The answer to "is credential <number> genuine and valid?", as a verifier expects it. Always
 * asked afresh, over plain fetch: the page loads without Apollo Client.
 */
export const VerificationResult = ({ number }: { number: string }) => {
  const t = useT("public");
  const { data, loading, error, refetch } = useFetchQuery(CredentialVerifyDocument, { number });

  if (loading && !data) {
    return (
      <div className="verify-result-pending">
        <LoadingState label={t("verify.checking", { number })} />
      </div>
    );
  }
  if (error && !data) {
    return (
      <ErrorState
        title={t("verify.loadError")}
        message={describeVerifyError(error)}
        onRetry={refetch}
      />
    );
  }
  const result = data?.credentialVerify;
  if (!result) return null;
  const tone = VERIFICATION_TONE[result.status];
  const { credential } = result;

  return (
    <section className={`verify-result verify-${tone}`} aria-labelledby="verify-result-heading">
      <h2 id="verify-result-heading" className="visually-hidden">
        {t("verify.result")}
      </h2>
      <div className="verify-status" role="status">
        <span className="verify-icon" aria-hidden="true">
          {ICON[tone]}
        </span>
        <div>
          <p className="verify-status-label">{t(`verify.status.${result.status}.label`)}</p>
          <p className="verify-status-text">{t(`verify.status.${result.status}.text`)}</p>
        </div>
      </div>

      {credential ? (
        <dl className="readonly-list verify-details">
          <div>
            <dt>{t("verify.credential")}</dt>
            <dd>{credential.title}</dd>
          </div>
          <div>
            <dt>{t("verify.heldBy")}</dt>
            <dd>{credential.holderName}</dd>
          </div>
          <div>
            <dt>{t("verify.issuedBy")}</dt>
            <dd>{credential.issuerName}</dd>
          </div>
          <div>
            <dt>{t("verify.validFrom")}</dt>
            <dd>{formatDate(credential.validFrom)}</dd>
          </div>
          <div>
            <dt>{t("verify.validUntil")}</dt>
            <dd>{formatDate(credential.validUntil)}</dd>
          </div>
          <div>
            <dt>{t("verify.number")}</dt>
            <dd className="credential-number">{credential.number}</dd>
          </div>
        </dl>
      ) : (
        <p>
          <Trans text={t("verify.numberChecked", { number })} components={[<span className="credential-number" />]} />
        </p>
      )}

      <div className="verify-footer">
        <p className="muted">
          <Trans
            text={t("verify.checkedAt", { time: formatDateTime(result.checkedAt) })}
            components={[<time dateTime={result.checkedAt} />]}
          />
        </p>
        <Button
          variant="secondary"
          className="btn-small"
          onClick={refetch}
          pending={loading}
          pendingLabel={t("verify.checkingAgain")}
        >
          {t("verify.checkAgain")}
        </Button>
      </div>
      {error !== undefined && <p role="alert" className="field-error">{describeVerifyError(error)}</p>}
    </section>
  );
};
