import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { IncidentAffectedAddDocument, IncidentDocument } from "@ccp/shared";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { affectedSchema, toAffectedInput, type AffectedValues } from "../schemas/incident-schemas";
import { AUDIT_ACTIONS } from "../utils/incident-labels";

const FIELDS = ["auditFrom", "auditTo", "auditAction"] as const;

/** "Find affected people from the audit log": everyone who acted, or was acted on, in a time window. */
export const AffectedForm = ({ incidentId }: { incidentId: string }) => {
  const t = useT("staff");
  const listId = useId();
  const [add] = useMutation(IncidentAffectedAddDocument, {
    refetchQueries: [{ query: IncidentDocument, variables: { id: incidentId } }],
  });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [result, setResult] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AffectedValues>({ resolver: zodResolver(affectedSchema), defaultValues: { auditFrom: "", auditTo: "", auditAction: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    setResult(null);
    try {
      const { data } = await add({ variables: { id: incidentId, input: toAffectedInput(values) } });
      const payload = data?.incidentAffectedAdd;
      if (!payload) throw new Error("empty response");
      if (payload.errors.length > 0) {
        setFormErrors(applyUserErrors(payload.errors, setError, FIELDS));
        return;
      }
      setResult(
        payload.count === 0 ? t("affected.noneFound") : t("affected.added", { count: payload.count }),
      );
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t("affected.label")}>
      <p className="muted">{t("affected.intro")}</p>
      {result && <Alert tone="success" title={result} />}
      <FormErrors messages={formErrors} />
      <div className="field-row">
        <TextField label={t("affected.from")} type="datetime-local" error={errors.auditFrom?.message} {...register("auditFrom")} />
        <TextField label={t("affected.to")} type="datetime-local" error={errors.auditTo?.message} {...register("auditTo")} />
      </div>
      <TextField
        label={t("affected.action")}
        optional
        list={listId}
        autoComplete="off"
        hint={t("affected.actionHint")}
        error={errors.auditAction?.message}
        {...register("auditAction")}
      />
      <datalist id={listId}>
        {AUDIT_ACTIONS.map((a) => (
          <option key={a.action} value={a.action}>
            {a.label}
          </option>
        ))}
      </datalist>
      <div className="form-actions">
        <Button type="submit" variant="secondary" pending={isSubmitting} pendingLabel={t("affected.submitting")}>
          {t("affected.submit")}
        </Button>
      </div>
    </form>
  );
};
