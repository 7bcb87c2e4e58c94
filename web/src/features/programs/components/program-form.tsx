import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  OrganizationCreateDocument,
  ProgramCreateDocument,
  ProgramUpdateDocument,
  type OrganizationsQuery,
  type ProgramDetailFieldsFragment,
} from "@ccp/shared";
import { useMemo, useState } from "react";
import { Controller, useFieldArray, useForm, useWatch, type Path } from "react-hook-form";
import { useNavigate } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { applyUserErrors } from "@/lib/user-errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ListField } from "@/components/ui/list-field";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import {
  createProgramSchema,
  emptyInstructor,
  emptyModule,
  programDefaults,
  programErrorField,
  toProgramInput,
  totalHours,
  type ProgramValues,
} from "../schemas/program-schema";
import { DELIVERY_MODES, DELIVERY_MODE_LABEL, formatHours } from "../utils/program-labels";

type Organization = OrganizationsQuery["organizations"][number];

const TOP_FIELDS = ["title", "description", "deliveryMode", "organizationId", "organizationName"] as const;

type ProgramFormProps = {
  /** The program to edit; a new one is created without it. */
  program?: ProgramDetailFieldsFragment;
  organizations: readonly Organization[];
};

export const ProgramForm = ({ program, organizations }: ProgramFormProps) => {
  const t = useT("applicant");
  const navigate = useNavigate();
  const [createOrganization] = useMutation(OrganizationCreateDocument);
  const [createProgram] = useMutation(ProgramCreateDocument);
  const [updateProgram] = useMutation(ProgramUpdateDocument);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const needsOrganizationName = !program && organizations.length === 0;
  const schema = useMemo(() => createProgramSchema({ needsOrganizationName }), [needsOrganizationName]);

  const defaults = programDefaults(program);
  if (!program && organizations[0]) defaults.organizationId = organizations[0].id;

  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ProgramValues>({ resolver: zodResolver(schema), defaultValues: defaults });
  const modules = useFieldArray({ control, name: "modules" });
  const instructors = useFieldArray({ control, name: "instructors" });
  const watchedModules = useWatch({ control, name: "modules" });

  const showErrors = (payloadErrors: Parameters<typeof applyUserErrors>[0]) => {
    setFormErrors(
      applyUserErrors(payloadErrors, setError, [...TOP_FIELDS], {
        nested: (path) => programErrorField(path) as Path<ProgramValues> | undefined,
      }),
    );
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      const input = toProgramInput(values);
      if (program) {
        const { data } = await updateProgram({ variables: { id: program.id, input } });
        const payload = data?.programUpdate;
        if (!payload) throw new Error("empty response");
        if (payload.program && payload.errors.length === 0) {
          void navigate(paths.app.program(payload.program.id), { state: { saved: true } });
          return;
        }
        showErrors(payload.errors);
        return;
      }

      let organizationId = values.organizationId || undefined;
      if (needsOrganizationName) {
        const { data } = await createOrganization({
          variables: { input: { name: values.organizationName.trim() } },
          refetchQueries: ["Organizations"],
        });
        const payload = data?.organizationCreate;
        if (!payload) throw new Error("empty response");
        if (!payload.organization || payload.errors.length > 0) {
          setFormErrors(applyUserErrors(payload.errors, setError, [...TOP_FIELDS], { aliases: { name: "organizationName" } }));
          return;
        }
        organizationId = payload.organization.id;
      }
      const { data } = await createProgram({ variables: { input: { ...input, organizationId } } });
      const payload = data?.programCreate;
      if (!payload) throw new Error("empty response");
      if (payload.program && payload.errors.length === 0) {
        void navigate(paths.app.program(payload.program.id), { state: { created: true } });
        return;
      }
      showErrors(payload.errors);
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  const hours = totalHours(watchedModules ?? []);

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="form">
      <FormErrors messages={formErrors} />

      <fieldset className="fieldset panel">
        <legend>{t("programForm.about")}</legend>
        <TextField label={t("programForm.title")} error={errors.title?.message} {...register("title")} />
        <TextAreaField
          label={t("programForm.description")}
          optional
          hint={t("programForm.descriptionHint")}
          rows={4}
          error={errors.description?.message}
          {...register("description")}
        />
        <SelectField label={t("programForm.delivery")} error={errors.deliveryMode?.message} {...register("deliveryMode")}>
          {DELIVERY_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {DELIVERY_MODE_LABEL[mode]}
            </option>
          ))}
        </SelectField>
        {program ? (
          <p className="muted">{t("programForm.runBy", { name: program.organization?.name ?? t("programForm.yourOrganization") })}</p>
        ) : needsOrganizationName ? (
          <TextField
            label={t("programForm.providerName")}
            hint={t("programForm.providerNameHint")}
            autoComplete="organization"
            error={errors.organizationName?.message}
            {...register("organizationName")}
          />
        ) : organizations.length > 1 ? (
          <SelectField label={t("programForm.provider")} error={errors.organizationId?.message} {...register("organizationId")}>
            {organizations.map((org) => (
              <option key={org.id} value={org.id}>
                {org.name}
              </option>
            ))}
          </SelectField>
        ) : (
          <p className="muted">{t("programForm.runBy", { name: organizations[0]?.name })}</p>
        )}
      </fieldset>

      <fieldset className="fieldset panel">
        <legend>{t("programForm.curriculum")}</legend>
        <p className="muted" aria-live="polite">
          {t("programForm.modulesTotal", { count: modules.fields.length, hours: formatHours(hours) })}
        </p>
        <FormErrors messages={errors.modules?.root?.message ? [errors.modules.root.message] : []} />
        {modules.fields.map((field, index) => (
          <div key={field.id} className="repeat-item" role="group" aria-label={t("programForm.module", { number: index + 1 })}>
            <div className="repeat-header">
              <h3 className="repeat-title">{t("programForm.module", { number: index + 1 })}</h3>
              <Button variant="link" onClick={() => modules.remove(index)} aria-label={t("programForm.removeModule", { number: index + 1 })}>
                {t("programForm.remove")}
              </Button>
            </div>
            <div className="field-row">
              <TextField
                label={t("programForm.moduleTitle")}
                error={errors.modules?.[index]?.title?.message}
                {...register(`modules.${index}.title`)}
              />
              <TextField
                label={t("programForm.hours")}
                inputMode="decimal"
                className="field-short"
                error={errors.modules?.[index]?.hours?.message}
                {...register(`modules.${index}.hours`)}
              />
            </div>
            <Controller
              control={control}
              name={`modules.${index}.competencies`}
              render={({ field: list, fieldState }) => (
                <ListField
                  label={t("programForm.competencies")}
                  hint={t("programForm.competenciesHint")}
                  itemName={t("programForm.competency")}
                  value={list.value}
                  onChange={list.onChange}
                  onBlur={list.onBlur}
                  error={fieldState.error?.message ?? errors.modules?.[index]?.competencies?.root?.message}
                />
              )}
            />
          </div>
        ))}
        <div>
          <Button variant="secondary" onClick={() => modules.append(emptyModule())}>
            {t("programForm.addModule")}
          </Button>
        </div>
      </fieldset>

      <fieldset className="fieldset panel">
        <legend>{t("programForm.instructors")}</legend>
        <p className="muted">{t("programForm.instructorsText")}</p>
        {instructors.fields.map((field, index) => (
          <div key={field.id} className="repeat-item" role="group" aria-label={t("programForm.instructor", { number: index + 1 })}>
            <div className="repeat-header">
              <h3 className="repeat-title">{t("programForm.instructor", { number: index + 1 })}</h3>
              <Button
                variant="link"
                onClick={() => instructors.remove(index)}
                aria-label={t("programForm.removeInstructor", { number: index + 1 })}
              >
                {t("programForm.remove")}
              </Button>
            </div>
            <div className="field-row">
              <TextField
                label={t("programForm.fullName")}
                autoComplete="off"
                error={errors.instructors?.[index]?.fullName?.message}
                {...register(`instructors.${index}.fullName`)}
              />
              <TextField
                label={t("programForm.years")}
                inputMode="numeric"
                optional
                className="field-short"
                error={errors.instructors?.[index]?.yearsOfExperience?.message}
                {...register(`instructors.${index}.yearsOfExperience`)}
              />
            </div>
            <TextAreaField
              label={t("programForm.qualifications")}
              hint={t("programForm.qualificationsHint")}
              rows={3}
              error={errors.instructors?.[index]?.qualifications?.message}
              {...register(`instructors.${index}.qualifications`)}
            />
            <Controller
              control={control}
              name={`instructors.${index}.licenses`}
              render={({ field: list, fieldState }) => (
                <ListField
                  label={t("programForm.licenses")}
                  hint={t("programForm.licensesHint")}
                  itemName={t("programForm.license")}
                  value={list.value}
                  onChange={list.onChange}
                  onBlur={list.onBlur}
                  maxItems={20}
                  error={fieldState.error?.message ?? errors.instructors?.[index]?.licenses?.root?.message}
                />
              )}
            />
          </div>
        ))}
        <div>
          <Button variant="secondary" onClick={() => instructors.append(emptyInstructor())}>
            {t("programForm.addInstructor")}
          </Button>
        </div>
      </fieldset>

      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("programForm.saving")}>
          {program ? t("programForm.saveChanges") : t("programForm.save")}
        </Button>
        <Button
          variant="link"
          onClick={() => void navigate(program ? paths.app.program(program.id) : paths.app.programs)}
          disabled={isSubmitting}
        >
          {t("programForm.cancel")}
        </Button>
      </div>
    </form>
  );
};
