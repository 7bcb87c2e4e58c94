import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ProfessionalProfileUpdateDocument, type ProfessionalProfileFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { FormProvider, get, useFieldArray, useForm, useFormContext, type Path } from "react-hook-form";
import { describeError } from "@/lib/errors";
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
type FieldSpec = { name: string; label: string; optional?: boolean; month?: boolean; multiline?: boolean; autoComplete?: string };
type SectionSpec = {
  title: string;
  intro: string;
  itemName: string;
  addLabel: string;
  emptyText: string;
  fields: FieldSpec[];
  make: () => ProfessionalProfileValues[SectionKey][number];
};

const SECTIONS: Record<SectionKey, SectionSpec> = {
  licenses: {
    title: "Licenses",
    intro: "Professional licenses such as CNA, LPN or RN, with the state or body that issued them.",
    itemName: "License",
    addLabel: "Add a license",
    emptyText: "No licenses added.",
    fields: [
      { name: "type", label: "License type", autoComplete: "off" },
      { name: "number", label: "License number", autoComplete: "off" },
      { name: "issuer", label: "Issuing state or body" },
      { name: "expiresOn", label: "Expiry month", optional: true, month: true },
    ],
    make: emptyLicense,
  },
  certifications: {
    title: "Certifications held",
    intro: "Other certificates you hold, for example First Aid, CPR or Manual Handling.",
    itemName: "Certification",
    addLabel: "Add a certification",
    emptyText: "No certifications added.",
    fields: [
      { name: "name", label: "Certification" },
      { name: "issuer", label: "Issued by" },
      { name: "obtainedOn", label: "Month obtained", optional: true, month: true },
      { name: "expiresOn", label: "Expiry month", optional: true, month: true },
    ],
    make: emptyCertification,
  },
  education: {
    title: "Education",
    intro: "Diplomas, degrees and other qualifications.",
    itemName: "Qualification",
    addLabel: "Add a qualification",
    emptyText: "No education added.",
    fields: [
      { name: "qualification", label: "Qualification" },
      { name: "institution", label: "School or institution" },
      { name: "completedOn", label: "Month completed", optional: true, month: true },
    ],
    make: emptyEducation,
  },
  experience: {
    title: "Work experience",
    intro: "Care jobs you have had. Leave the end month empty for your current job.",
    itemName: "Job",
    addLabel: "Add a job",
    emptyText: "No work experience added.",
    fields: [
      { name: "role", label: "Role" },
      { name: "employer", label: "Employer", autoComplete: "organization" },
      { name: "startOn", label: "Start month", optional: true, month: true },
      { name: "endOn", label: "End month", optional: true, month: true },
      { name: "description", label: "What you did", optional: true, multiline: true },
    ],
    make: emptyExperience,
  },
};

const RepeatSection = ({ name }: { name: SectionKey }) => {
  const spec = SECTIONS[name];
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<ProfessionalProfileValues>();
  const { fields, append, remove } = useFieldArray({ control, name });

  return (
    <fieldset className="fieldset panel">
      <legend>{spec.title}</legend>
      <p className="muted">{spec.intro}</p>
      {fields.length === 0 && <p className="muted">{spec.emptyText}</p>}
      {fields.map((field, index) => {
        const itemLabel = `${spec.itemName} ${index + 1}`;
        return (
          <div key={field.id} className="repeat-item" role="group" aria-label={itemLabel}>
            <div className="repeat-header">
              <h3 className="repeat-title">{itemLabel}</h3>
              <Button variant="link" onClick={() => remove(index)} aria-label={`Remove ${itemLabel.toLowerCase()}`}>
                Remove
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
                      label={f.label}
                      optional={f.optional}
                      hint={f.month ? "YYYY-MM, for example 2027-06" : undefined}
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
                    label={f.label}
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
          {spec.addLabel}
        </Button>
      </div>
    </fieldset>
  );
};

export const ProfessionalProfileForm = ({ profile }: { profile: ProfessionalProfileFieldsFragment }) => {
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
        {saved && !isDirty && <Alert tone="success" title="Your professional profile has been saved" />}
        <div className="form-actions">
          <Button type="submit" pending={isSubmitting} pendingLabel="Saving…">
            Save professional profile
          </Button>
        </div>
      </form>
    </FormProvider>
  );
};
