import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ProfessionalProfileUpdateDocument, type ProfessionalProfileFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { FormProvider, get, useFieldArray, useForm, useFormContext, type Path } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import {
  emptyCertification,
  emptyEducation,
  emptyExperience,
  emptyLicense,
  professionalProfileSchema,
  profileDefaults,
  profileErrorField,
  toProfessionalProfileInput,
  type ProfessionalProfileValues,
} from "../schemas/professional-profile-schema";

type SectionKey = keyof ProfessionalProfileValues;
/** Words are in applicant.json under professionalProfile.sections.<section> (title, intro, item, …, fields.<name>). */
type FieldSpec = { name: string; optional?: boolean; month?: boolean; multiline?: boolean; autoComplete?: string };
type SectionSpec = {
  fields: FieldSpec[];
  make: () => ProfessionalProfileValues[SectionKey][number];
};

const SECTIONS: Record<SectionKey, SectionSpec> = {
  licenses: {
    fields: [
      { name: "type", autoComplete: "off" },
      { name: "number", autoComplete: "off" },
      { name: "issuer" },
      { name: "expiresOn", optional: true, month: true },
    ],
    make: emptyLicense,
  },
  certifications: {
    fields: [
      { name: "name" },
      { name: "issuer" },
      { name: "obtainedOn", optional: true, month: true },
      { name: "expiresOn", optional: true, month: true },
    ],
    make: emptyCertification,
  },
  education: {
    fields: [
      { name: "qualification" },
      { name: "institution" },
      { name: "completedOn", optional: true, month: true },
    ],
    make: emptyEducation,
  },
  experience: {
    fields: [
      { name: "role" },
      { name: "employer", autoComplete: "organization" },
      { name: "startOn", optional: true, month: true },
      { name: "endOn", optional: true, month: true },
      { name: "description", optional: true, multiline: true },
    ],
    make: emptyExperience,
  },
};

const RepeatSection = ({ name }: { name: SectionKey }) => {
  const t = useT("applicant");
  const spec = SECTIONS[name];
  const words = `professionalProfile.sections.${name}`;
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<ProfessionalProfileValues>();
  const { fields, append, remove } = useFieldArray({ control, name });

  return (
    <fieldset className="fieldset panel">
      <legend>{t(`${words}.title`)}</legend>
      <p className="muted">{t(`${words}.intro`)}</p>
      {fields.length === 0 && <p className="muted">{t(`${words}.empty`)}</p>}
      {fields.map((field, index) => {
        const itemLabel = t(`${words}.item`, { number: index + 1 });
        return (
          <div key={field.id} className="repeat-item" role="group" aria-label={itemLabel}>
            <div className="repeat-header">
              <h3 className="repeat-title">{itemLabel}</h3>
              <Button variant="link" onClick={() => remove(index)} aria-label={t(`${words}.removeItem`, { number: index + 1 })}>
                {t("professionalProfile.remove")}
              </Button>
            </div>
            <div className="field-row">
              {spec.fields
                .filter((f) => !f.multiline)
                .map((f) => {
                  const path = `${name}.${index}.${f.name}` as Path<ProfessionalProfileValues>;
                  return (
                    <TextField
                      key={f.name}
                      label={t(`${words}.fields.${f.name}`)}
                      optional={f.optional}
                      hint={f.month ? t("professionalProfile.monthHint") : undefined}
                      inputMode={f.month ? "numeric" : undefined}
                      maxLength={f.month ? 7 : undefined}
                      autoComplete={f.autoComplete}
                      error={(get(errors, path) as { message?: string } | undefined)?.message}
                      {...register(path)}
                    />
                  );
                })}
            </div>
            {spec.fields
              .filter((f) => f.multiline)
              .map((f) => {
                const path = `${name}.${index}.${f.name}` as Path<ProfessionalProfileValues>;
                return (
                  <TextAreaField
                    key={f.name}
                    label={t(`${words}.fields.${f.name}`)}
                    optional={f.optional}
                    rows={3}
                    error={(get(errors, path) as { message?: string } | undefined)?.message}
                    {...register(path)}
                  />
                );
              })}
          </div>
        );
      })}
      <div>
        <Button variant="secondary" onClick={() => append(spec.make())}>
          {t(`${words}.add`)}
        </Button>
      </div>
    </fieldset>
  );
};

export const ProfessionalProfileForm = ({ profile }: { profile: ProfessionalProfileFieldsFragment }) => {
  const t = useT("applicant");
  const [update] = useMutation(ProfessionalProfileUpdateDocument);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const form = useForm<ProfessionalProfileValues>({
    resolver: zodResolver(professionalProfileSchema),
    defaultValues: profileDefaults(profile),
  });
  const {
    handleSubmit,
    setError,
    reset,
    formState: { isSubmitting, isDirty },
  } = form;

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    setSaved(false);
    try {
      const { data } = await update({ variables: { input: toProfessionalProfileInput(values) } });
      const payload = data?.professionalProfileUpdate;
      if (!payload) throw new Error("empty response");
      if (payload.profile && payload.errors.length === 0) {
        reset(profileDefaults(payload.profile));
        setSaved(true);
        return;
      }
      setFormErrors(
        applyUserErrors(payload.errors, setError, [], {
          nested: (path) => profileErrorField(path) as Path<ProfessionalProfileValues> | undefined,
        }),
      );
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <FormProvider {...form}>
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormErrors messages={formErrors} />
        {(Object.keys(SECTIONS) as SectionKey[]).map((name) => (
          <RepeatSection key={name} name={name} />
        ))}
        {saved && !isDirty && <Alert tone="success" title={t("professionalProfile.saved")} />}
        <div className="form-actions">
          <Button type="submit" pending={isSubmitting} pendingLabel={t("professionalProfile.saving")}>
            {t("professionalProfile.save")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
};
