import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ApiKeyCreateDocument, ApiKeyRevokeDocument, ApiKeysDocument, type ApiKeyFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { formatDate, formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
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
        label="Who is the key for?"
        hint="For example “Sunrise Home Care HR”. Holders see this name when the key checks their credential."
        error={errors.name?.message}
        {...register("name")}
      />
      <fieldset className={["fieldset", errors.scopes ? "field-invalid" : ""].filter(Boolean).join(" ")}>
        <legend className="field-label-legend">What may it do?</legend>
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
        label="Requests a minute"
        optional
        inputMode="numeric"
        className="field-short"
        hint="Leave empty for the standard 600."
        error={errors.rateLimitPerMinute?.message}
        {...register("rateLimitPerMinute")}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel="Creating key…">
          Create API key
        </Button>
      </div>
    </form>
  );
};

export const ApiKeys = () => {
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
      else setNotice(`The key for ${key.name} was revoked. It stops working at once.`);
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
        <SecretOnce title={`API key for ${created.name}`} label="API key" secret={created.secret} onDone={() => setCreated(null)}>
          <p>Give it to the integrator over a secure channel. They send it as <code>Authorization: Bearer …</code>.</p>
        </SecretOnce>
      )}
      <FormErrors messages={errors} />
      {notice && <Alert tone="success" title={notice} />}
      {loading && !data && <LoadingState label="Loading API keys…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && keys.length === 0 && <EmptyState title="No API keys yet" />}
      {keys.length > 0 && (
        <ul className="integration-list" aria-label="API keys">
          {keys.map((key) => (
            <li key={key.id} className="integration">
              <div className="integration-main">
                <p className="integration-title">
                  {key.name} <code className="muted">{key.prefix}…</code>
                </p>
                <p className="integration-meta">
                  <span>{key.scopes.map(scopeLabel).join(", ")}</span>
                  <span>{key.rateLimitPerMinute.toLocaleString("en-US")} requests a minute</span>
                  <span>Created {formatDate(key.createdAt)}</span>
                  <span>{key.lastUsedAt ? `Last used ${formatDateTime(key.lastUsedAt)}` : "Never used"}</span>
                </p>
              </div>
              {key.revokedAt ? (
                <StatusBadge tone="neutral">{`Revoked ${formatDate(key.revokedAt)}`}</StatusBadge>
              ) : (
                <StatusBadge tone="success">Active</StatusBadge>
              )}
              {!key.revokedAt && revoking !== key.id && (
                <Button
                  variant="link"
                  onClick={() => {
                    setNotice(null);
                    setRevoking(key.id);
                  }}
                  aria-label={`Revoke the key for ${key.name}`}
                >
                  Revoke
                </Button>
              )}
              {revoking === key.id && (
                <Confirm
                  title={`Revoke the key for ${key.name}?`}
                  confirmLabel="Yes, revoke key"
                  pendingLabel="Revoking…"
                  pending={pending}
                  tone="danger"
                  onConfirm={() => void doRevoke(key)}
                  onCancel={() => setRevoking(null)}
                >
                  <p>Their systems stop working with CareCorePlus at once. This can't be undone.</p>
                </Confirm>
              )}
            </li>
          ))}
        </ul>
      )}
      <section className="panel" aria-labelledby="new-key-heading">
        <h3 id="new-key-heading" className="card-title">
          Create an API key
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
