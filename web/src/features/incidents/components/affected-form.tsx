import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { IncidentAffectedAddDocument, IncidentDocument } from "@ccp/shared";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { affectedSchema, toAffectedInput, type AffectedValues } from "../schemas/incident-schemas";
import { AUDIT_ACTIONS } from "../utils/incident-labels";

const FIELDS = ["auditFrom", "auditTo", "auditAction"] as const;

/** "Find affected people from the audit log": everyone who acted, or was acted on, in a time window. */
export const AffectedForm = ({ incidentId }: { incidentId: string }) => {
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
        payload.count === 0
          ? "Nobody new was found in the audit log for this window."
          : `${payload.count} ${payload.count === 1 ? "person was" : "people were"} added to the affected people.`,
      );
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Find affected people from the audit log">
      <p className="muted">
        Adds everyone who did something, or had something done to their account, in this window. People already on the list
        aren't added twice.
      </p>
      {result && <Alert tone="success" title={result} />}
      <FormErrors messages={formErrors} />
      <div className="field-row">
        <TextField label="Start of the window" type="datetime-local" error={errors.auditFrom?.message} {...register("auditFrom")} />
        <TextField label="End of the window" type="datetime-local" error={errors.auditTo?.message} {...register("auditTo")} />
      </div>
      <TextField
        label="Only this action"
        optional
        list={listId}
        autoComplete="off"
        hint="For example auth.login. Leave empty for every action."
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
        <Button type="submit" variant="secondary" pending={isSubmitting} pendingLabel="Searching the audit log…">
          Find affected people
        </Button>
      </div>
    </form>
  );
};
