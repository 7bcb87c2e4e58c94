import { useMutation, useQuery } from "@apollo/client/react";
import { CommunicationPreferencesDocument, CommunicationPreferencesUpdateDocument } from "@ccp/shared";
import { useId, useState } from "react";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { FormErrors } from "@/components/ui/alert";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { PREFERENCES, type PreferenceKey } from "../utils/preference-labels";

/** Three switches, each saved as soon as it is changed. */
export const CommunicationPreferences = () => {
  const t = useT("applicant");
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(CommunicationPreferencesDocument, { fetchPolicy: "cache-and-network" });
  const [update] = useMutation(CommunicationPreferencesUpdateDocument);
  // The switch shows the new value while it is being saved.
  const [saving, setSaving] = useState<{ key: PreferenceKey; value: boolean } | null>(null);
  const [status, setStatus] = useState("");
  const [errors, setErrors] = useState<string[]>([]);

  const change = async (key: PreferenceKey, value: boolean) => {
    setSaving({ key, value });
    setErrors([]);
    setStatus(t("preferences.saving"));
    const label = PREFERENCES.find((p) => p.key === key)?.label ?? "";
    try {
      const { data: result } = await update({
        variables: { input: { [key]: value } },
        update: (cache, { data: response }) => {
          const preferences = response?.communicationPreferencesUpdate.preferences;
          if (preferences) cache.writeQuery({ query: CommunicationPreferencesDocument, data: { communicationPreferences: preferences } });
        },
      });
      const payload = result?.communicationPreferencesUpdate;
      if (!payload) throw new Error("empty response");
      if (payload.errors.length > 0) {
        setErrors(payload.errors.map((e) => e.message));
        setStatus("");
        await refetch();
      } else {
        setStatus(t(value ? "preferences.savedOn" : "preferences.savedOff", { label }));
      }
    } catch (e) {
      setErrors([t("preferences.saveFailed", { label, reason: describeError(e) })]);
      setStatus("");
      await refetch().catch(() => undefined);
    } finally {
      setSaving(null);
    }
  };

  const preferences = data?.communicationPreferences;
  return (
    <section className="panel preferences" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t("preferences.heading")}
      </h2>
      <p className="muted">{t("preferences.intro")}</p>
      {loading && !data && <LoadingState label={t("preferences.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      <FormErrors messages={errors} />
      {preferences && (
        <ul className="preference-list">
          {PREFERENCES.map(({ key, label, description }) => {
            const inputId = `${headingId}-${key}`;
            return (
              <li key={key} className="preference">
                <input
                  id={inputId}
                  type="checkbox"
                  role="switch"
                  className="switch"
                  checked={saving?.key === key ? saving.value : preferences[key]}
                  disabled={saving !== null}
                  aria-describedby={`${inputId}-description`}
                  onChange={(event) => void change(key, event.target.checked)}
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
      <p className="muted">{t("preferences.essential")}</p>
    </section>
  );
};
