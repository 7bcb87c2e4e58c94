import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ApiKeyCreateDocument, ApiKeyRevokeDocument, ApiKeysDocument, type ApiKeyFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { formatDate, formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { TextField } from "@/components/ui/text-field";
import { API_SCOPES, apiKeySchema, scopeLabel, toApiKeyInput, type ApiKeyValues } from "../schemas/integration-schemas";
import { SecretOnce } from "./secret-once";

const ApiKeyForm = ({ onCreated }: { onCreated: (secret: string, key: ApiKeyFieldsFragment) => void }) => {
  const t = useT("staff");
  const [create] = useMutation(ApiKeyCreateDocument, { refetchQueries: ["ApiKeys"], awaitRefetchQueries: true });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ApiKeyValues>({
    resolver: zodResolver(apiKeySchema),
    defaultValues: { name: "", scopes: ["CREDENTIALS_VERIFY"], rateLimitPerMinute: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      const { data } = await create({ variables: { input: toApiKeyInput(values) } });
      const payload = data?.apiKeyCreate;
      if (!payload) throw new Error("empty response");
      if (payload.secret && payload.apiKey && payload.errors.length === 0) {
        reset();
        onCreated(payload.secret, payload.apiKey);
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, ["name", "scopes", "rateLimitPerMinute"]));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormErrors messages={formErrors} />
      <TextField
        label={t("apiKeys.form.name")}
        hint={t("apiKeys.form.nameHint")}
        error={errors.name?.message}
        {...register("name")}
      />
      <fieldset className={["fieldset", errors.scopes ? "field-invalid" : ""].filter(Boolean).join(" ")}>
        <legend className="field-label-legend">{t("apiKeys.form.scopes")}</legend>
        {API_SCOPES.map(({ scope, label, text }) => (
          <label key={scope} className="checkbox-inline checkbox-described">
            <input type="checkbox" className="checkbox" value={scope} {...register("scopes")} />
            <span>
              <strong>{label}</strong> <span className="muted">— {text}</span>
            </span>
          </label>
        ))}
        {errors.scopes && <p className="field-error">{errors.scopes.message}</p>}
      </fieldset>
      <TextField
        label={t("apiKeys.form.rate")}
        optional
        inputMode="numeric"
        className="field-short"
        hint={t("apiKeys.form.rateHint")}
        error={errors.rateLimitPerMinute?.message}
        {...register("rateLimitPerMinute")}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("apiKeys.form.pending")}>
          {t("apiKeys.form.submit")}
        </Button>
      </div>
    </form>
  );
};

export const ApiKeys = () => {
  const t = useT("staff");
  const { data, loading, error, refetch } = useQuery(ApiKeysDocument, { fetchPolicy: "cache-and-network" });
  const [revoke] = useMutation(ApiKeyRevokeDocument);
  const [created, setCreated] = useState<{ secret: string; name: string } | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  const doRevoke = async (key: ApiKeyFieldsFragment) => {
    setPending(true);
    setErrors([]);
    try {
      const { data: result } = await revoke({ variables: { id: key.id } });
      const payload = result?.apiKeyRevoke;
      if (!payload) throw new Error("empty response");
      if (payload.errors.length > 0) setErrors(payload.errors.map((e) => e.message));
      else setNotice(t("apiKeys.revoked", { name: key.name }));
      setRevoking(null);
    } catch (e) {
      setErrors([describeError(e)]);
    } finally {
      setPending(false);
    }
  };

  const keys = data?.apiKeys ?? [];
  return (
    <div className="stack">
      {created && (
        <SecretOnce
          title={t("apiKeys.secretTitle", { name: created.name })}
          label={t("apiKeys.secretLabel")}
          secret={created.secret}
          onDone={() => setCreated(null)}
        >
          <p>
            <Trans text={t("apiKeys.secretText")} components={[<code />]} />
          </p>
        </SecretOnce>
      )}
      <FormErrors messages={errors} />
      {notice && <Alert tone="success" title={notice} />}
      {loading && !data && <LoadingState label={t("apiKeys.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && keys.length === 0 && <EmptyState title={t("apiKeys.empty")} />}
      {keys.length > 0 && (
        <ul className="integration-list" aria-label={t("apiKeys.listLabel")}>
          {keys.map((key) => (
            <li key={key.id} className="integration">
              <div className="integration-main">
                <p className="integration-title">
                  {key.name} <code className="muted">{key.prefix}…</code>
                </p>
                <p className="integration-meta">
                  <span>{key.scopes.map(scopeLabel).join(", ")}</span>
                  <span>{t("apiKeys.rate", { rate: key.rateLimitPerMinute.toLocaleString("en-US") })}</span>
                  <span>{t("apiKeys.created", { date: formatDate(key.createdAt) })}</span>
                  <span>{key.lastUsedAt ? t("apiKeys.lastUsed", { date: formatDateTime(key.lastUsedAt) }) : t("apiKeys.neverUsed")}</span>
                </p>
              </div>
              {key.revokedAt ? (
                <StatusBadge tone="neutral">{t("apiKeys.revokedOn", { date: formatDate(key.revokedAt) })}</StatusBadge>
              ) : (
                <StatusBadge tone="success">{t("apiKeys.active")}</StatusBadge>
              )}
              {!key.revokedAt && revoking !== key.id && (
                <Button
                  variant="link"
                  onClick={() => {
                    setNotice(null);
                    setRevoking(key.id);
                  }}
                  aria-label={t("apiKeys.revokeLabel", { name: key.name })}
                >
                  {t("apiKeys.revoke")}
                </Button>
              )}
              {revoking === key.id && (
                <Confirm
                  title={t("apiKeys.confirmRevoke.title", { name: key.name })}
                  confirmLabel={t("apiKeys.confirmRevoke.confirmLabel")}
                  pendingLabel={t("apiKeys.confirmRevoke.pending")}
                  pending={pending}
                  tone="danger"
                  onConfirm={() => void doRevoke(key)}
                  onCancel={() => setRevoking(null)}
                >
                  <p>{t("apiKeys.confirmRevoke.text")}</p>
                </Confirm>
              )}
            </li>
          ))}
        </ul>
      )}
      <section className="panel" aria-labelledby="new-key-heading">
        <h3 id="new-key-heading" className="card-title">
          {t("apiKeys.newHeading")}
        </h3>
        <ApiKeyForm
          onCreated={(secret, key) => {
            setNotice(null);
            setCreated({ secret, name: key.name });
          }}
        />
      </section>
    </div>
  );
};
