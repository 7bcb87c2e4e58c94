import { useMutation, useQuery } from "@apollo/client/react";
import { ConsentLedgerDocument, ConsentSetDocument, ConsentStateDocument, type ConsentPurpose } from "@ccp/shared";
import { useId, useState } from "react";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { FormErrors } from "@/components/ui/alert";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { consentActionLabel, consentMethodLabel, consentPurposeLabel } from "../utils/privacy-labels";

const PURPOSES: readonly { purpose: ConsentPurpose; key: "analytics" | "marketing"; label: string; description: string }[] = [
  {
    purpose: "ANALYTICS",
    key: "analytics",
    label: "Usage analytics",
    description:
      "Let us count which pages and features you use, how fast they load and which errors you run into, so we can improve CareCorePlus. We record page types, never what is on them; turning this off stops it at once. Nobody outside CareCorePlus sees it.",
  },
  {
    purpose: "MARKETING",
    key: "marketing",
    label: "News and offers by e-mail",
    description: "Occasional e-mails about new certifications, courses and offers.",
  },
];

/** "Your choices": one switch per optional purpose, saved as soon as it changes, and the consent history. */
export const ConsentChoices = () => {
  const baseId = useId();
  const { data, loading, error, refetch } = useQuery(ConsentStateDocument, { fetchPolicy: "cache-and-network" });
  const [setConsent] = useMutation(ConsentSetDocument, { refetchQueries: [ConsentLedgerDocument] });
  const [saving, setSaving] = useState<{ purpose: ConsentPurpose; given: boolean } | null>(null);
  const [status, setStatus] = useState("");
  const [errors, setErrors] = useState<string[]>([]);

  const change = async (purpose: ConsentPurpose, given: boolean) => {
    const label = PURPOSES.find((p) => p.purpose === purpose)?.label ?? "";
    setSaving({ purpose, given });
    setErrors([]);
    setStatus("Saving…");
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
        setStatus(`Saved: ${label} ${given ? "on" : "off"}.`);
      }
    } catch (e) {
      setErrors([`We couldn't save “${label}”. ${describeError(e)}`]);
      setStatus("");
      await refetch().catch(() => undefined);
    } finally {
      setSaving(null);
    }
  };

  const consents = data?.consentState;
  return (
    <div className="stack">
      <p className="muted">
        These are optional. Changes are saved as soon as you make them, and you can change your mind at any time.
      </p>
      {loading && !data && <LoadingState label="Loading your choices…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      <FormErrors messages={errors} />
      {consents && (
        <ul className="preference-list" aria-label="Optional uses of your data">
          {PURPOSES.map(({ purpose, key, label, description }) => {
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
                    {label}
                  </label>
                  <span id={`${inputId}-description`} className="preference-description">
                    {description}
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
        To choose which e-mails and notifications you get about your applications, go to your{" "}
        <Link to={`${paths.app.profile}#communication-preferences`}>communication preferences</Link>.
      </p>
      <ConsentHistory />
    </div>
  );
};

/** The consent ledger: every acceptance and withdrawal, newest first. */
const ConsentHistory = () => {
  const { data, loading, error, refetch } = useQuery(ConsentLedgerDocument, { fetchPolicy: "cache-and-network" });
  const records = data?.consentLedger ?? [];
  return (
    <div className="stack">
      <h3>Your consent history</h3>
      {loading && !data && <LoadingState label="Loading your consent history…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && records.length === 0 && <EmptyState title="Nothing recorded yet" />}
      {records.length > 0 && (
        <ol className="consent-history" aria-label="Consent history, newest first">
          {records.map((record) => (
            <li key={record.id} className="consent-record">
              <span className="consent-what">
                {consentPurposeLabel(record.purpose)}:{" "}
                <strong className={record.action === "WITHDRAW" ? "consent-withdrawn" : undefined}>
                  {consentActionLabel(record.action, record.purpose)}
                </strong>
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
