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
import { useT } from "@/lib/i18n";
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
  const t = useT("staff");
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
        onDone(t(entry ? "certificationType.saved" : "certificationType.added", { name: payload.certificationType.name }));
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, [...FIELDS], { aliases: CERTIFICATION_TYPE_ALIASES }));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h2 className="form-step-title">{entry ? t("certificationType.edit", { name: entry.name }) : t("certificationType.add")}</h2>
      <FormErrors messages={formErrors} />
      <div className="field-row">
        <TextField label={t("certificationType.fields.name")} error={errors.name?.message} {...register("name")} />
        <TextField label={t("certificationType.fields.code")} hint={t("certificationType.fields.codeHint")} className="field-short" error={errors.code?.message} {...register("code")} />
      </div>
      <SelectField label={t("certificationType.fields.subject")} error={errors.subject?.message} {...register("subject")}>
        <option value="PERSON">{t("certificationType.fields.person")}</option>
        <option value="PROGRAM">{t("certificationType.fields.program")}</option>
      </SelectField>
      <TextAreaField label={t("certificationType.fields.description")} optional rows={3} error={errors.description?.message} {...register("description")} />
      <div className="field-row">
        <TextField label={t("certificationType.fields.fee")} hint={t("certificationType.fields.feeHint")} inputMode="decimal" error={errors.fee?.message} {...register("fee")} />
        <TextField label={t("certificationType.fields.currency")} className="field-short" error={errors.currency?.message} {...register("currency")} />
        <TextField
          label={t("certificationType.fields.validityMonths")}
          inputMode="numeric"
          className="field-short"
          error={errors.validityMonths?.message}
          {...register("validityMonths")}
        />
      </div>
      <TextAreaField
        label={t("certificationType.fields.renewalRequirements")}
        optional
        rows={2}
        error={errors.renewalRequirements?.message}
        {...register("renewalRequirements")}
      />
      <CheckboxField label={t("certificationType.fields.active")} error={errors.active?.message} {...register("active")} />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("certificationType.saving")}>
          {entry ? t("certificationType.saveChanges") : t("certificationType.addCertification")}
        </Button>
        <Button variant="link" onClick={onCancel} disabled={isSubmitting}>
          {t("certificationType.cancel")}
        </Button>
      </div>
    </form>
  );
};
