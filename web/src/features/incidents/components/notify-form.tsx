import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { IncidentDocument, IncidentNotifyDocument, IncidentsDocument } from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { TextAreaField } from "@/components/ui/text-area-field";
import { notifySchema, toNotifyInput, type NotifyValues } from "../schemas/incident-schemas";

const FIELDS = ["whatHappened", "whatWeDid", "whatYouShouldDo"] as const;

/** "Notify affected people": the breach notice, confirmed, e-mailed to everyone not told yet. */
export const NotifyForm = ({ incidentId, affected, pending }: { incidentId: string; affected: number; pending: number }) => {
  const t = useT("staff");
  const [notify] = useMutation(IncidentNotifyDocument, {
    refetchQueries: [{ query: IncidentDocument, variables: { id: incidentId } }, IncidentsDocument],
  });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [confirming, setConfirming] = useState<NotifyValues | null>(null);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<number | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<NotifyValues>({ resolver: zodResolver(notifySchema), defaultValues: { whatHappened: "", whatWeDid: "", whatYouShouldDo: "" } });

  const onSubmit = handleSubmit((values) => {
    setFormErrors([]);
    setSent(null);
    setConfirming(values);
  });

  const send = async (values: NotifyValues) => {
    setSending(true);
    try {
      const { data } = await notify({ variables: { id: incidentId, input: toNotifyInput(values) } });
      const payload = data?.incidentNotify;
      if (!payload) throw new Error("empty response");
      setConfirming(null);
      if (payload.errors.length > 0) {
        setFormErrors(applyUserErrors(payload.errors, setError, FIELDS));
        return;
      }
      setSent(payload.count);
      reset();
    } catch (error) {
      setConfirming(null);
      setFormErrors([describeError(error)]);
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t("notify.label")}>
      {sent !== null && (
        <Alert tone="success" title={t("notify.sent", { count: sent })}>
          <p>{t("notify.sentText")}</p>
        </Alert>
      )}
      {pending === 0 && sent === null && (
        <Alert tone="info" title={t(affected === 0 ? "notify.emptyList" : "notify.allTold")}>
          <p>{t(affected === 0 ? "notify.emptyListText" : "notify.allToldText")}</p>
        </Alert>
      )}
      <FormErrors messages={formErrors} />
      <p className="muted">{t("notify.intro")}</p>
      <TextAreaField label={t("notify.whatHappened")} rows={4} error={errors.whatHappened?.message} {...register("whatHappened")} />
      <TextAreaField label={t("notify.whatWeDid")} rows={4} error={errors.whatWeDid?.message} {...register("whatWeDid")} />
      <TextAreaField label={t("notify.whatToDo")} rows={4} error={errors.whatYouShouldDo?.message} {...register("whatYouShouldDo")} />
      {confirming ? (
        <Confirm
          title={t("notify.confirmTitle", { count: pending })}
          confirmLabel={t("notify.confirm")}
          pendingLabel={t("notify.sending")}
          pending={sending}
          tone="danger"
          onConfirm={() => void send(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>{t("notify.confirmText")}</p>
        </Confirm>
      ) : (
        <div className="form-actions">
          <Button type="submit" disabled={pending === 0}>
            {t("notify.submit")}
          </Button>
        </div>
      )}
    </form>
  );
};
