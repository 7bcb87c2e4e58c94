import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { IncidentCloseDocument, IncidentsDocument } from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { applyUserErrors } from "@/lib/user-errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { TextAreaField } from "@/components/ui/text-area-field";
import { closeSchema, toCloseInput, type CloseValues } from "../schemas/incident-schemas";

const FIELDS = ["summary", "lessonsLearned"] as const;

type CloseFormProps = { incidentId: string; pending: number };

/** "Close the incident": a closing summary and lessons learned, confirmed; afterwards the incident is read-only. */
export const CloseForm = ({ incidentId, pending }: CloseFormProps) => {
  const t = useT("staff");
  const [close] = useMutation(IncidentCloseDocument, { refetchQueries: [IncidentsDocument] });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [confirming, setConfirming] = useState<CloseValues | null>(null);
  const [closing, setClosing] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CloseValues>({ resolver: zodResolver(closeSchema), defaultValues: { summary: "", lessonsLearned: "" } });

  const onSubmit = handleSubmit((values) => {
    setFormErrors([]);
    setConfirming(values);
  });

  const send = async (values: CloseValues) => {
    setClosing(true);
    try {
      // The answer carries the closed incident, which updates the cached detail in place.
      const { data } = await close({ variables: { id: incidentId, input: toCloseInput(values) } });
      const payload = data?.incidentClose;
      if (!payload) throw new Error("empty response");
      if (payload.errors.length > 0) setFormErrors(applyUserErrors(payload.errors, setError, FIELDS));
    } catch (error) {
      setFormErrors([describeError(error)]);
    } finally {
      setConfirming(null);
      setClosing(false);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t("closeIncident.label")}>
      <p className="muted">
        {t("closeIncident.intro")}
        {pending > 0 && ` ${t("closeIncident.pendingFirst", { count: pending })}`}
      </p>
      <FormErrors messages={formErrors} />
      <TextAreaField label={t("closeIncident.summary")} hint={t("closeIncident.summaryHint")} rows={4} error={errors.summary?.message} {...register("summary")} />
      <TextAreaField
        label={t("closeIncident.lessons")}
        optional
        hint={t("closeIncident.lessonsHint")}
        rows={3}
        error={errors.lessonsLearned?.message}
        {...register("lessonsLearned")}
      />
      {confirming ? (
        <Confirm
          title={t("closeIncident.confirmTitle")}
          confirmLabel={t("closeIncident.confirm")}
          pendingLabel={t("closeIncident.closing")}
          pending={closing}
          onConfirm={() => void send(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>{t("closeIncident.confirmText")}</p>
        </Confirm>
      ) : (
        <div className="form-actions">
          <Button type="submit" variant="secondary">
            {t("closeIncident.submit")}
          </Button>
        </div>
      )}
    </form>
  );
};
