import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { IncidentDocument, IncidentNotifyDocument, IncidentsDocument } from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { TextAreaField } from "@/components/ui/text-area-field";
import { notifySchema, toNotifyInput, type NotifyValues } from "../schemas/incident-schemas";

const FIELDS = ["whatHappened", "whatWeDid", "whatYouShouldDo"] as const;

/** "Notify affected people": the breach notice, confirmed, e-mailed to everyone not told yet. */
export const NotifyForm = ({ incidentId, affected, pending }: { incidentId: string; affected: number; pending: number }) => {
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
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Notify affected people">
      {sent !== null && (
        <Alert tone="success" title={`${sent} ${sent === 1 ? "person was" : "people were"} e-mailed.`}>
          <p>Only people who hadn't been told yet receive the notice. Add more people above and send again if needed.</p>
        </Alert>
      )}
      {pending === 0 && sent === null && (
        <Alert tone="info" title={affected === 0 ? "Nobody is on the list yet" : "Everyone on the list has been told"}>
          <p>
            {affected === 0
              ? "Find the affected people first: the notice goes to everyone on the list who hasn't been told."
              : "Add more people above if you find others; they'll get the notice when you send it again."}
          </p>
        </Alert>
      )}
      <FormErrors messages={formErrors} />
      <p className="muted">Write for the people affected, in plain words. Each part goes into the e-mail as you write it.</p>
      <TextAreaField label="What happened" rows={4} error={errors.whatHappened?.message} {...register("whatHappened")} />
      <TextAreaField label="What we did" rows={4} error={errors.whatWeDid?.message} {...register("whatWeDid")} />
      <TextAreaField label="What they should do" rows={4} error={errors.whatYouShouldDo?.message} {...register("whatYouShouldDo")} />
      {confirming ? (
        <Confirm
          title={`E-mail ${pending} ${pending === 1 ? "person" : "people"} now?`}
          confirmLabel="Yes, send the notice"
          pendingLabel="Sending…"
          pending={sending}
          tone="danger"
          onConfirm={() => void send(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>The notice is sent once to each affected person who hasn't been told yet. It can't be recalled.</p>
        </Confirm>
      ) : (
        <div className="form-actions">
          <Button type="submit" disabled={pending === 0}>
            Notify affected people
          </Button>
        </div>
      )}
    </form>
  );
};
