import { useMutation, useQuery } from "@apollo/client/react";
import { ConsentLedgerDocument, ConsentSetDocument, ConsentStateDocument, type ConsentPurpose } from "@ccp/shared";
import { useId, useState } from "react";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { FormErrors } from "@/components/ui/alert";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { consentActionLabel, consentMethodLabel, consentPurposeLabel } from "../utils/privacy-labels";

/** The optional purposes; their words are `consent.purposes.<key>` in the applicant strings. */
const PURPOSES: readonly { purpose: ConsentPurpose; key: "analytics" | "marketing" }[] = [
  { purpose: "ANALYTICS", key: "analytics" },
  { purpose: "MARKETING", key: "marketing" },
];

/** "Your choices": one switch per optional purpose, saved as soon as it changes, and the consent history. */
export const ConsentChoices = () => {
  const t = useT("applicant");
  const baseId = useId();
  const { data, loading, error, refetch } = useQuery(ConsentStateDocument, { fetchPolicy: "cache-and-network" });
  const [setConsent] = useMutation(ConsentSetDocument, { refetchQueries: [ConsentLedgerDocument] });
  const [saving, setSaving] = useState<{ purpose: ConsentPurpose; given: boolean } | null>(null);
  const [status, setStatus] = useState("");
  const [errors, setErrors] = useState<string[]>([]);

  const change = async (purpose: ConsentPurpose, given: boolean) => {
    const key = PURPOSES.find((p) => p.purpose === purpose)?.key;
    const label = key ? t(`consent.purposes.${key}.label`) : "";
    setSaving({ purpose, given });
    setErrors([]);
    setStatus(t("consent.saving"));
    try {
      const { data: result } = await setConsent({
        variables: { purpose, given },
        update: (cache, { data: response }) => {
          const consents = response?.consentSet.consents;
          if (consents) cache.writeQuery({ query: ConsentStateDocument, data: { consentState: consents } });
        },
      });
      const payload = result?.consentSet;
      if (!payload) throw new Error("empty response");
      if (payload.errors.length > 0) {
        setErrors(payload.errors.map((e) => e.message));
        setStatus("");
        await refetch();
      } else {
        setStatus(t(given ? "consent.savedOn" : "consent.savedOff", { label }));
      }
    } catch (e) {
      setErrors([t("consent.saveFailed", { label, reason: describeError(e) })]);
      setStatus("");
      await refetch().catch(() => undefined);
    } finally {
      setSaving(null);
    }
  };

  const consents = data?.consentState;
  return (
    <div className="stack">
      <p className="muted">{t("consent.intro")}</p>
      {loading && !data && <LoadingState label={t("consent.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      <FormErrors messages={errors} />
      {consents && (
        <ul className="preference-list" aria-label={t("consent.listLabel")}>
          {PURPOSES.map(({ purpose, key }) => {
            const inputId = `${baseId}-${key}`;
            return (
              <li key={purpose} className="preference">
                <input
                  id={inputId}
                  type="checkbox"
                  role="switch"
                  className="switch"
                  checked={saving?.purpose === purpose ? saving.given : consents[key]}
                  disabled={saving !== null}
                  aria-describedby={`${inputId}-description`}
                  onChange={(event) => void change(purpose, event.target.checked)}
                />
                <span className="preference-body">
                  <label htmlFor={inputId} className="preference-label">
                    {t(`consent.purposes.${key}.label`)}
                  </label>
                  <span id={`${inputId}-description`} className="preference-description">
                    {t(`consent.purposes.${key}.description`)}
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <p className="preference-status" role="status">
        {status}
      </p>
      <p>
        <Trans text={t("consent.preferencesLink")} components={[<Link to={`${paths.app.profile}#communication-preferences`} />]} />
      </p>
      <ConsentHistory />
    </div>
  );
};

/** The consent ledger: every acceptance and withdrawal, newest first. */
const ConsentHistory = () => {
  const t = useT("applicant");
  const { data, loading, error, refetch } = useQuery(ConsentLedgerDocument, { fetchPolicy: "cache-and-network" });
  const records = data?.consentLedger ?? [];
  return (
    <div className="stack">
      <h3>{t("consent.history.heading")}</h3>
      {loading && !data && <LoadingState label={t("consent.history.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && records.length === 0 && <EmptyState title={t("consent.history.empty")} />}
      {records.length > 0 && (
        <ol className="consent-history" aria-label={t("consent.history.listLabel")}>
          {records.map((record) => (
            <li key={record.id} className="consent-record">
              <span className="consent-what">
                <Trans
                  text={t("consent.history.entry", {
                    purpose: consentPurposeLabel(record.purpose),
                    action: consentActionLabel(record.action, record.purpose),
                  })}
                  components={[<strong className={record.action === "WITHDRAW" ? "consent-withdrawn" : undefined} />]}
                />
              </span>
              <span className="consent-meta">
                {consentMethodLabel(record.method)} · <time dateTime={record.at}>{formatDateTime(record.at)}</time>
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
};
