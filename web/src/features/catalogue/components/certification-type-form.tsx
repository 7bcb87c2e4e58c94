import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  CertificationTypeCreateDocument,
  CertificationTypeUpdateDocument,
  type CatalogueEntryFieldsFragment,
} from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { applyUserErrors } from "@/lib/user-errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import {
  CERTIFICATION_TYPE_ALIASES,
  certificationTypeDefaults,
  certificationTypeSchema,
  toCertificationTypeInput,
  type CertificationTypeValues,
} from "../schemas/certification-type-schema";

const FIELDS = [
  "code",
  "name",
  "subject",
  "description",
  "fee",
  "currency",
  "validityMonths",
  "renewalRequirements",
  "active",
] as const;

type Props = {
  entry?: CatalogueEntryFieldsFragment;
  onDone: (message: string) => void;
  onCancel: () => void;
};

export const CertificationTypeForm = ({ entry, onDone, onCancel }: Props) => {
  const [create] = useMutation(CertificationTypeCreateDocument, { refetchQueries: ["CatalogueEntries"] });
  const [update] = useMutation(CertificationTypeUpdateDocument);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CertificationTypeValues>({
    resolver: zodResolver(certificationTypeSchema),
    defaultValues: certificationTypeDefaults(entry),
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      const input = toCertificationTypeInput(values);
      const payload = entry
        ? (await update({ variables: { id: entry.id, input } })).data?.certificationTypeUpdate
        : (await create({ variables: { input } })).data?.certificationTypeCreate;
      if (!payload) throw new Error("empty response");
      if (payload.certificationType && payload.errors.length === 0) {
        onDone(entry ? `${payload.certificationType.name} saved.` : `${payload.certificationType.name} added.`);
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, [...FIELDS], { aliases: CERTIFICATION_TYPE_ALIASES }));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h2 className="form-step-title">{entry ? `Edit ${entry.name}` : "Add a certification"}</h2>
      <FormErrors messages={formErrors} />
      <div className="field-row">
        <TextField label="Name" error={errors.name?.message} {...register("name")} />
        <TextField label="Code" hint="Short, like CCA." className="field-short" error={errors.code?.message} {...register("code")} />
      </div>
      <SelectField label="Who it is for" error={errors.subject?.message} {...register("subject")}>
        <option value="PERSON">People (personal certification)</option>
        <option value="PROGRAM">Training programs (accreditation)</option>
      </SelectField>
      <TextAreaField label="Description" optional rows={3} error={errors.description?.message} {...register("description")} />
      <div className="field-row">
        <TextField label="Fee" hint="In dollars, like 125.00" inputMode="decimal" error={errors.fee?.message} {...register("fee")} />
        <TextField label="Currency" className="field-short" error={errors.currency?.message} {...register("currency")} />
        <TextField
          label="Valid for (months)"
          inputMode="numeric"
          className="field-short"
          error={errors.validityMonths?.message}
          {...register("validityMonths")}
        />
      </div>
      <TextAreaField
        label="Renewal requirements"
        optional
        rows={2}
        error={errors.renewalRequirements?.message}
        {...register("renewalRequirements")}
      />
      <CheckboxField label="Open for new applications" error={errors.active?.message} {...register("active")} />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel="Saving…">
          {entry ? "Save changes" : "Add certification"}
        </Button>
        <Button variant="link" onClick={onCancel} disabled={isSubmitting}>
          Cancel
        </Button>
      </div>
    </form>
  );
};
