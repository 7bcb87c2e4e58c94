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
        <legend>About the program</legend>
        <TextField label="Program title" error={errors.title?.message} {...register("title")} />
        <TextAreaField
          label="Description"
          optional
          hint="Who the program is for and what learners will be able to do afterwards."
          rows={4}
          error={errors.description?.message}
          {...register("description")}
        />
        <SelectField label="How is it delivered?" error={errors.deliveryMode?.message} {...register("deliveryMode")}>
          {DELIVERY_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {DELIVERY_MODE_LABEL[mode]}
            </option>
          ))}
        </SelectField>
        {program ? (
          <p className="muted">Run by {program.organization?.name ?? "your organization"}.</p>
        ) : needsOrganizationName ? (
          <TextField
            label="Training provider name"
            hint="The organization that runs this program. You'll be its owner."
            autoComplete="organization"
            error={errors.organizationName?.message}
            {...register("organizationName")}
          />
        ) : organizations.length > 1 ? (
          <SelectField label="Training provider" error={errors.organizationId?.message} {...register("organizationId")}>
            {organizations.map((org) => (
              <option key={org.id} value={org.id}>
                {org.name}
              </option>
            ))}
          </SelectField>
        ) : (
          <p className="muted">Run by {organizations[0]?.name}.</p>
        )}
      </fieldset>

      <fieldset className="fieldset panel">
        <legend>Curriculum</legend>
        <p className="muted" aria-live="polite">
          {modules.fields.length} {modules.fields.length === 1 ? "module" : "modules"} · {formatHours(hours)} in total
        </p>
        <FormErrors messages={errors.modules?.root?.message ? [errors.modules.root.message] : []} />
        {modules.fields.map((field, index) => (
          <div key={field.id} className="repeat-item" role="group" aria-label={`Module ${index + 1}`}>
            <div className="repeat-header">
              <h3 className="repeat-title">Module {index + 1}</h3>
              <Button variant="link" onClick={() => modules.remove(index)} aria-label={`Remove module ${index + 1}`}>
                Remove
              </Button>
            </div>
            <div className="field-row">
              <TextField
                label="Module title"
                error={errors.modules?.[index]?.title?.message}
                {...register(`modules.${index}.title`)}
              />
              <TextField
                label="Hours"
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
                  label="Competencies"
                  hint="What learners can do after this module. Type one and press Enter or Add."
                  itemName="competency"
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
            Add a module
          </Button>
        </div>
      </fieldset>

      <fieldset className="fieldset panel">
        <legend>Instructors</legend>
        <p className="muted">
          Instructors' details are shared only with your organization and CareCorePlus reviewers.
        </p>
        {instructors.fields.map((field, index) => (
          <div key={field.id} className="repeat-item" role="group" aria-label={`Instructor ${index + 1}`}>
            <div className="repeat-header">
              <h3 className="repeat-title">Instructor {index + 1}</h3>
              <Button
                variant="link"
                onClick={() => instructors.remove(index)}
                aria-label={`Remove instructor ${index + 1}`}
              >
                Remove
              </Button>
            </div>
            <div className="field-row">
              <TextField
                label="Full name"
                autoComplete="off"
                error={errors.instructors?.[index]?.fullName?.message}
                {...register(`instructors.${index}.fullName`)}
              />
              <TextField
                label="Years of experience"
                inputMode="numeric"
                optional
                className="field-short"
                error={errors.instructors?.[index]?.yearsOfExperience?.message}
                {...register(`instructors.${index}.yearsOfExperience`)}
              />
            </div>
            <TextAreaField
              label="Qualifications"
              hint="Degrees, certificates and relevant experience."
              rows={3}
              error={errors.instructors?.[index]?.qualifications?.message}
              {...register(`instructors.${index}.qualifications`)}
            />
            <Controller
              control={control}
              name={`instructors.${index}.licenses`}
              render={({ field: list, fieldState }) => (
                <ListField
                  label="Licences"
                  hint="For example a nursing licence number. Type one and press Enter or Add."
                  itemName="licence"
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
            Add an instructor
          </Button>
        </div>
      </fieldset>

      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel="Saving program…">
          {program ? "Save changes" : "Save program"}
        </Button>
        <Button
          variant="link"
          onClick={() => void navigate(program ? paths.app.program(program.id) : paths.app.programs)}
          disabled={isSubmitting}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
};
