import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { IncidentCreateDocument, IncidentsDocument } from "@ccp/shared";
import { useMemo, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
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
  const t = useT("staff");
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
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t("incidentForm.heading")}>
      <h2 className="card-title">{t("incidentForm.heading")}</h2>
      <p className="muted">{t("incidentForm.intro")}</p>
      <FormErrors messages={formErrors} />
      <TextField label={t("incidentForm.title")} maxLength={200} autoFocus error={errors.title?.message} {...register("title")} />
      <TextAreaField
        label={t("incidentForm.description")}
        rows={5}
        hint={t("incidentForm.descriptionHint")}
        error={errors.description?.message}
        {...register("description")}
      />
      <TextField
        label={t("incidentForm.awareAt")}
        type="datetime-local"
        hint={t("incidentForm.awareAtHint")}
        error={errors.awareAt?.message}
        {...register("awareAt")}
      />
      <Controller
        control={control}
        name="dataCategories"
        render={({ field, fieldState }) => (
          <ListField
            label={t("incidentForm.dataKinds")}
            hint={t("incidentForm.dataKindsHint")}
            itemName={t("incidentForm.dataKind")}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            maxItems={30}
            error={fieldState.error?.message}
          />
        )}
      />
      <TextAreaField
        label={t("incidentForm.consequences")}
        optional
        rows={3}
        error={errors.likelyConsequences?.message}
        {...register("likelyConsequences")}
      />
      <TextAreaField label={t("incidentForm.measures")} optional rows={3} error={errors.measuresTaken?.message} {...register("measuresTaken")} />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("incidentForm.submitting")}>
          {t("incidentForm.submit")}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
          {t("incidentForm.cancel")}
        </Button>
      </div>
    </form>
  );
};
