import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  WebhookEndpointCreateDocument,
  WebhookEndpointDeleteDocument,
  WebhookEndpointsDocument,
  type WebhookEndpointFieldsFragment,
} from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { TextField } from "@/components/ui/text-field";
import { WEBHOOK_EVENTS, webhookSchema, type WebhookValues } from "../schemas/integration-schemas";
import { SecretOnce } from "./secret-once";
import { WebhookDeliveries } from "./webhook-deliveries";

const WebhookForm = ({ onCreated }: { onCreated: (secret: string, endpoint: WebhookEndpointFieldsFragment) => void }) => {
  const t = useT("staff");
  const [create] = useMutation(WebhookEndpointCreateDocument, { refetchQueries: ["WebhookEndpoints"], awaitRefetchQueries: true });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<WebhookValues>({
    resolver: zodResolver(webhookSchema),
    defaultValues: { url: "", events: WEBHOOK_EVENTS.map((e) => e.event) },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      const { data } = await create({ variables: { input: { url: values.url, events: values.events } } });
      const payload = data?.webhookEndpointCreate;
      if (!payload) throw new Error("empty response");
      if (payload.secret && payload.endpoint && payload.errors.length === 0) {
        reset();
        onCreated(payload.secret, payload.endpoint);
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, ["url", "events"]));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormErrors messages={formErrors} />
      <TextField
        label={t("webhooks.form.url")}
        type="url"
        inputMode="url"
        autoComplete="off"
        hint={t("webhooks.form.urlHint")}
        error={errors.url?.message}
        {...register("url")}
      />
      <fieldset className={["fieldset", errors.events ? "field-invalid" : ""].filter(Boolean).join(" ")}>
        <legend className="field-label-legend">{t("webhooks.form.events")}</legend>
        <div className="checkbox-grid checkbox-grid-wide">
          {WEBHOOK_EVENTS.map(({ event, label }) => (
            <label key={event} className="checkbox-inline checkbox-described">
              <input type="checkbox" className="checkbox" value={event} {...register("events")} />
              <span>
                {label} <code className="muted">{event}</code>
              </span>
            </label>
          ))}
        </div>
        {errors.events && <p className="field-error">{errors.events.message}</p>}
      </fieldset>
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("webhooks.form.pending")}>
          {t("webhooks.form.submit")}
        </Button>
      </div>
    </form>
  );
};

export const Webhooks = () => {
  const t = useT("staff");
  const { data, loading, error, refetch } = useQuery(WebhookEndpointsDocument, { fetchPolicy: "cache-and-network" });
  const [remove] = useMutation(WebhookEndpointDeleteDocument, { refetchQueries: ["WebhookEndpoints"], awaitRefetchQueries: true });
  const [created, setCreated] = useState<{ secret: string; url: string } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [showing, setShowing] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  const doDelete = async (endpoint: WebhookEndpointFieldsFragment) => {
    setPending(true);
    setErrors([]);
    try {
      const { data: result } = await remove({ variables: { id: endpoint.id } });
      const payload = result?.webhookEndpointDelete;
      if (!payload) throw new Error("empty response");
      if (payload.errors.length > 0) setErrors(payload.errors.map((e) => e.message));
      else setNotice(t("webhooks.deleted", { url: endpoint.url }));
      setDeleting(null);
    } catch (e) {
      setErrors([describeError(e)]);
    } finally {
      setPending(false);
    }
  };

  const endpoints = data?.webhookEndpoints ?? [];
  return (
    <div className="stack">
      {created && (
        <SecretOnce
          title={t("webhooks.secretTitle", { url: created.url })}
          label={t("webhooks.secretLabel")}
          secret={created.secret}
          onDone={() => setCreated(null)}
        >
          <p>
            <Trans text={t("webhooks.secretText")} components={[<code />]} />
          </p>
        </SecretOnce>
      )}
      <FormErrors messages={errors} />
      {notice && <Alert tone="success" title={notice} />}
      {loading && !data && <LoadingState label={t("webhooks.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && endpoints.length === 0 && <EmptyState title={t("webhooks.empty")} />}
      {endpoints.length > 0 && (
        <ul className="integration-list" aria-label={t("webhooks.listLabel")}>
          {endpoints.map((endpoint) => (
            <li key={endpoint.id} className="integration">
              <div className="integration-main">
                <p className="integration-title cell-break">{endpoint.url}</p>
                <p className="integration-meta">
                  <span>{endpoint.events.join(", ")}</span>
                  <span>{t("webhooks.added", { date: formatDate(endpoint.createdAt) })}</span>
                  {!endpoint.active && <span>{t("webhooks.paused")}</span>}
                </p>
              </div>
              <div className="action-bar">
                <Button
                  variant="secondary"
                  className="btn-small"
                  aria-expanded={showing === endpoint.id}
                  onClick={() => setShowing(showing === endpoint.id ? null : endpoint.id)}
                >
                  {showing === endpoint.id ? t("webhooks.hideLog") : t("webhooks.showLog")}
                </Button>
                {deleting !== endpoint.id && (
                  <Button
                    variant="link"
                    onClick={() => {
                      setNotice(null);
                      setDeleting(endpoint.id);
                    }}
                    aria-label={t("webhooks.deleteLabel", { url: endpoint.url })}
                  >
                    {t("webhooks.delete")}
                  </Button>
                )}
              </div>
              {deleting === endpoint.id && (
                <Confirm
                  title={t("webhooks.confirmDelete.title", { url: endpoint.url })}
                  confirmLabel={t("webhooks.confirmDelete.confirmLabel")}
                  pendingLabel={t("webhooks.confirmDelete.pending")}
                  pending={pending}
                  tone="danger"
                  onConfirm={() => void doDelete(endpoint)}
                  onCancel={() => setDeleting(null)}
                >
                  <p>{t("webhooks.confirmDelete.text")}</p>
                </Confirm>
              )}
              {showing === endpoint.id && (
                <div className="integration-log">
                  <WebhookDeliveries endpointId={endpoint.id} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <section className="panel" aria-labelledby="new-webhook-heading">
        <h3 id="new-webhook-heading" className="card-title">
          {t("webhooks.newHeading")}
        </h3>
        <WebhookForm
          onCreated={(secret, endpoint) => {
            setNotice(null);
            setCreated({ secret, url: endpoint.url });
          }}
        />
      </section>
    </div>
  );
};
