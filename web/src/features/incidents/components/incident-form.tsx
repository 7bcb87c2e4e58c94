import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { IncidentCreateDocument, IncidentsDocument } from "@ccp/shared";
import { useMemo, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { applyUserErrors } from "@/lib/user-errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ListField } from "@/components/ui/list-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { incidentSchema, toIncidentInput, type IncidentValues } from "../schemas/incident-schemas";

const FIELDS = ["title", "description", "awareAt", "dataCategories", "likelyConsequences", "measuresTaken"] as const;

type IncidentFormProps = { onCreated: (id: string) => void; onCancel: () => void };

/** "Register an incident": what happened, when we became aware, which data, consequences and measures. */
export const IncidentForm = ({ onCreated, onCancel }: IncidentFormProps) => {
  const [create] = useMutation(IncidentCreateDocument, { refetchQueries: [IncidentsDocument] });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const schema = useMemo(() => incidentSchema(), []);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<IncidentValues>({
    resolver: zodResolver(schema),
    defaultValues: { title: "", description: "", awareAt: "", dataCategories: [], likelyConsequences: "", measuresTaken: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      const { data } = await create({ variables: { input: toIncidentInput(values) } });
      const payload = data?.incidentCreate;
      if (!payload) throw new Error("empty response");
      if (payload.incident && payload.errors.length === 0) {
        onCreated(payload.incident.id);
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, FIELDS));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Register an incident">
      <h2 className="card-title">Register an incident</h2>
      <p className="muted">
        Register every incident, even one you don't expect to notify. Affected people must be told within 72 hours of when
        we became aware.
      </p>
      <FormErrors messages={formErrors} />
      <TextField label="Title" maxLength={200} autoFocus error={errors.title?.message} {...register("title")} />
      <TextAreaField
        label="Description"
        rows={5}
        hint="What happened, how it was found and what is known so far. Kept encrypted."
        error={errors.description?.message}
        {...register("description")}
      />
      <TextField
        label="When we became aware"
        type="datetime-local"
        hint="Your local time. The 72-hour clock starts here."
        error={errors.awareAt?.message}
        {...register("awareAt")}
      />
      <Controller
        control={control}
        name="dataCategories"
        render={({ field, fieldState }) => (
          <ListField
            label="Kinds of data involved"
            hint="For example contact details, licenses, evidence documents. Type one and press Enter or Add."
            itemName="kind of data"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            maxItems={30}
            error={fieldState.error?.message}
          />
        )}
      />
      <TextAreaField
        label="Likely consequences"
        optional
        rows={3}
        error={errors.likelyConsequences?.message}
        {...register("likelyConsequences")}
      />
      <TextAreaField label="Measures taken" optional rows={3} error={errors.measuresTaken?.message} {...register("measuresTaken")} />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel="Registering…">
          Register incident
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
          Cancel
        </Button>
      </div>
    </form>
  );
};
