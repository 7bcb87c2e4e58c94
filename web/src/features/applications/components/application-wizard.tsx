import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  ApplicationCertificationTypesDocument,
  ApplicationCreateDocument,
  ApplicationSubmitDocument,
  ApplicationUpdateDocument,
  type ApplicationDetailFieldsFragment,
  type ApplicationKind,
} from "@ccp/shared";
import { useEffect, useId, useRef, useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { Link, useNavigate } from "react-router";
import { paths } from "@/app/paths";
import { KIND_LABEL } from "@/lib/application-status";
import { describeError } from "@/lib/errors";
import { splitUserErrors, type UserErrorLike } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorState, LoadingState, EmptyState } from "@/components/ui/states";
import { TextAreaField } from "@/components/ui/text-area-field";
import {
  MAX_STATEMENT,
  MIN_STATEMENT,
  STEP_OF_FIELD,
  applicationDraftSchema,
  stepIssues,
  subjectOfKind,
  toCreateInput,
  toUpdateInput,
  type ApplicationField,
  type ApplicationValues,
  type WizardStep,
} from "../schemas/application-schema";
import { CertificationTypeChoice } from "./certification-type-choice";
import { EvidencePanel } from "@/features/evidence/components/evidence-panel";
import { CompletenessChecklist } from "./completeness-checklist";
import { ProgramChoice } from "./program-choice";
import { track } from "@/lib/analytics";
import { useT } from "@/lib/i18n";

const FIELDS: readonly ApplicationField[] = ["kind", "programId", "certificationTypeId", "statement"];
// Step titles are `wizard.steps.<n>`, kind choices `wizard.kinds.<KIND>.title|text`.
const KIND_CHOICES: readonly ApplicationKind[] = ["PROGRAM_ACCREDITATION", "INDIVIDUAL_CERTIFICATION"];

const CertificationTypes = ({
  kind,
  value,
  onChange,
  error,
}: {
  kind: ApplicationKind;
  value: string;
  onChange: (id: string) => void;
  error?: string;
}) => {
  const t = useT("applicant");
  const { data, loading, error: loadError, refetch } = useQuery(ApplicationCertificationTypesDocument, {
    variables: { subject: subjectOfKind(kind) },
  });
  const types = data?.certificationTypes ?? [];
  const only = types.length === 1 ? types[0] : undefined;
  useEffect(() => {
    if (only && !value) onChange(only.id);
  }, [only, value, onChange]);
  if (loading && !data) return <LoadingState label={t("wizard.loadingTypes")} />;
  if (loadError && !data) return <ErrorState message={describeError(loadError)} onRetry={() => void refetch()} />;
  if (types.length === 0) {
    return (
      <EmptyState title={t("wizard.noTypes")}>
        <p>{t("wizard.checkBack")}</p>
      </EmptyState>
    );
  }
  return <CertificationTypeChoice name="certificationTypeId" types={types} value={value} onChange={onChange} error={error} />;
};

type WizardProps = {
  /** An application being continued (draft) or changed (changes requested). */
  application?: ApplicationDetailFieldsFragment;
};

export const ApplicationWizard = ({ application }: WizardProps) => {
  const t = useT("applicant");
  const navigate = useNavigate();
  const [createApplication] = useMutation(ApplicationCreateDocument);
  const [updateApplication] = useMutation(ApplicationUpdateDocument);
  const [submitApplication] = useMutation(ApplicationSubmitDocument);
  const [saved, setSaved] = useState<ApplicationDetailFieldsFragment | undefined>(application);
  const [step, setStep] = useState<WizardStep>(application ? 2 : 1);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<"saving" | "next" | "submitting" | null>(null);
  const [evidenceCount, setEvidenceCount] = useState<number | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const kindErrorId = useId();

  const { control, register, setError, clearErrors, getValues, setValue, formState } = useForm<ApplicationValues>({
    resolver: zodResolver(applicationDraftSchema),
    defaultValues: {
      kind: application?.kind ?? "",
      programId: application?.program?.id ?? "",
      certificationTypeId: application?.certificationType?.id ?? "",
      statement: application?.statement ?? "",
    },
  });
  const { errors } = formState;
  const kind = useWatch({ control, name: "kind" });
  const statement = useWatch({ control, name: "statement" });

  // Each step starts with its heading, so screen readers and keyboards land there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const showProblems = (problems: readonly UserErrorLike[]) => {
    const { fieldErrors, formErrors: rest } = splitUserErrors(problems, FIELDS);
    for (const { field, message } of fieldErrors) setError(field, { type: "server", message });
    const elsewhere = fieldErrors.filter((e) => STEP_OF_FIELD[e.field] !== step);
    setFormErrors([...rest, ...elsewhere.map((e) => t("wizard.stepProblem", { step: STEP_OF_FIELD[e.field], message: e.message }))]);
  };

  /** Create the draft the first time, update it afterwards. Returns the saved application or null. */
  const save = async (): Promise<ApplicationDetailFieldsFragment | null> => {
    const values = getValues();
    const parsed = applicationDraftSchema.safeParse(values);
    if (!parsed.success) {
      showProblems(parsed.error.issues.map((i) => ({ code: "INVALID", field: i.path.map(String), message: i.message })));
      return null;
    }
    if (!values.kind) {
      showProblems([{ code: "INVALID", field: ["kind"], message: t("wizard.chooseKind") }]);
      return null;
    }
    const id = saved?.id;
    const result = id
      ? (await updateApplication({ variables: { id, input: toUpdateInput(values) } })).data?.applicationUpdate
      : (await createApplication({ variables: { input: toCreateInput({ ...values, kind: values.kind }) } })).data
          ?.applicationCreate;
    if (!result) throw new Error("empty response");
    if (result.application && result.errors.length === 0) {
      setSaved(result.application);
      if (!values.certificationTypeId && result.application.certificationType) {
        setValue("certificationTypeId", result.application.certificationType.id);
      }
      return result.application;
    }
    showProblems(result.errors);
    return null;
  };

  const run = async (what: "saving" | "next" | "submitting", action: () => Promise<void>) => {
    setFormErrors([]);
    setNotice(null);
    clearErrors();
    setBusy(what);
    try {
      await action();
    } catch (error) {
      setFormErrors([describeError(error)]);
    } finally {
      setBusy(null);
    }
  };

  const checkStep = (target: WizardStep): boolean => {
    const issues = stepIssues(target, getValues());
    issues.forEach(({ field, message }, index) => setError(field, { type: "required", message }, { shouldFocus: index === 0 }));
    // The summary above the form is a live region, so the problems are announced while focus
    // goes to the first field to fix (which names its own error through aria-describedby).
    setFormErrors(issues.map((issue) => issue.message));
    return issues.length === 0;
  };

  const saveDraft = () =>
    run("saving", async () => {
      const result = await save();
      if (result) setNotice(t("wizard.draftSaved"));
    });

  const next = () =>
    run("next", async () => {
      if (!checkStep(step)) return;
      // Leaving step 2 saves the draft, so step 3 shows the real checklist.
      if (step === 2 && !(await save())) return;
      setStep(step === 1 ? 2 : 3);
    });

  const submit = () =>
    run("submitting", async () => {
      if (!checkStep(3)) return;
      const result = await save();
      if (!result) return;
      const { data } = await submitApplication({ variables: { id: result.id } });
      const payload = data?.applicationSubmit;
      if (!payload) throw new Error("empty response");
      if (payload.application && payload.errors.length === 0) {
        track("application.submitted");
        void navigate(paths.app.application(payload.application.id), { state: { submitted: true } });
        return;
      }
      showProblems(payload.errors);
    });

  const checklist = (saved?.checklist ?? []).map((item) => {
    if (item.key === "statement") return { ...item, done: statement.trim().length >= MIN_STATEMENT };
    if (item.key === "evidence" && evidenceCount !== null) return { ...item, done: evidenceCount > 0 };
    return item;
  });
  const pending = busy !== null;

  return (
    <div className="wizard">
      <ol className="wizard-steps" aria-label={t("wizard.stepsLabel")}>
        {([1, 2, 3] as const).map((n) => (
          <li key={n} className={n === step ? "current" : n < step ? "done" : ""} aria-current={n === step ? "step" : undefined}>
            <span className="wizard-step-number">{n}</span>
            <span className="wizard-step-title">{t(`wizard.steps.${n}`)}</span>
          </li>
        ))}
      </ol>

      <div className="form panel">
        <form className="form" noValidate onSubmit={(event) => event.preventDefault()}>
          <h2 ref={headingRef} tabIndex={-1} className="form-step-title">
            {t("wizard.stepOf", { step, title: t(`wizard.steps.${step}`) })}
          </h2>
          <FormErrors messages={formErrors} />
          {notice && <Alert tone="success" title={notice} />}

          {step === 1 && (
            <Controller
              control={control}
              name="kind"
              render={({ field }) => (
                <fieldset className={["fieldset", errors.kind ? "field-invalid" : ""].filter(Boolean).join(" ")}>
                  <legend className="field-label-legend">{t("wizard.chooseOne")}</legend>
                  <div className="choice-list">
                    {KIND_CHOICES.map((choice, index) => (
                      <label
                        key={choice}
                        className={["choice-card", field.value === choice ? "selected" : ""].filter(Boolean).join(" ")}
                      >
                        <input
                          type="radio"
                          name={field.name}
                          value={choice}
                          checked={field.value === choice}
                          disabled={Boolean(saved)}
                          onChange={() => {
                            field.onChange(choice);
                            setValue("programId", "");
                            setValue("certificationTypeId", "");
                          }}
                          className="choice-radio"
                          aria-invalid={errors.kind ? true : undefined}
                          aria-describedby={errors.kind ? kindErrorId : undefined}
                          // react-hook-form focuses this ref on an error: the first choice, not the last one rendered.
                          ref={index === 0 ? field.ref : undefined}
                        />
                        <span className="choice-body">
                          <span className="choice-title">{t(`wizard.kinds.${choice}.title`)}</span>
                          <span className="choice-text">{t(`wizard.kinds.${choice}.text`)}</span>
                        </span>
                      </label>
                    ))}
                  </div>
                  {saved && <p className="muted">{t("wizard.kindLocked")}</p>}
                  {errors.kind && (
                    <p id={kindErrorId} className="field-error">
                      {errors.kind.message}
                    </p>
                  )}
                </fieldset>
              )}
            />
          )}

          {step === 2 && kind && (
            <>
              <p className="muted">{t("wizard.applyingFor", { kind: KIND_LABEL[kind] })}</p>
              <Controller
                control={control}
                name="programId"
                render={({ field }) => (
                  <ProgramChoice
                    kind={kind}
                    value={field.value}
                    onChange={field.onChange}
                    inputRef={field.ref}
                    error={errors.programId?.message}
                    current={application?.program}
                  />
                )}
              />
              <Controller
                control={control}
                name="certificationTypeId"
                render={({ field }) => (
                  <CertificationTypes
                    kind={kind}
                    value={field.value}
                    onChange={field.onChange}
                    error={errors.certificationTypeId?.message}
                  />
                )}
              />
            </>
          )}

          {step === 3 && (
            <>
              <TextAreaField
                label={t("wizard.statement")}
                rows={10}
                maxLength={MAX_STATEMENT}
                hint={
                  kind === "PROGRAM_ACCREDITATION"
                    ? t("wizard.statementHintProgram")
                    : t("wizard.statementHintPerson")
                }
                error={errors.statement?.message}
                {...register("statement")}
              />
              <p className="muted" aria-live="polite">
                {t("wizard.characters", { length: statement.trim().length, min: MIN_STATEMENT })}
              </p>
            </>
          )}

        </form>

        {step === 3 && saved && (
          <>
            <EvidencePanel applicationId={saved.id} editable framed={false} onCountChange={setEvidenceCount} />
            {checklist.length > 0 && <CompletenessChecklist items={checklist} />}
          </>
        )}

        <div className="form-actions wizard-actions">
          {step > 1 && (
            <Button variant="secondary" onClick={() => setStep(step === 3 ? 2 : 1)} disabled={pending}>
              {t("wizard.back")}
            </Button>
          )}
          {step < 3 && (
            <Button onClick={() => void next()} pending={busy === "next"} pendingLabel={t("wizard.saving")} disabled={pending}>
              {step === 2 ? t("wizard.saveContinue") : t("wizard.next")}
            </Button>
          )}
          {step === 3 && (
            <Button onClick={() => void submit()} pending={busy === "submitting"} pendingLabel={t("wizard.submitting")} disabled={pending}>
              {t("wizard.submit")}
            </Button>
          )}
          <Button variant="secondary" onClick={() => void saveDraft()} pending={busy === "saving"} pendingLabel={t("wizard.savingDraft")} disabled={pending}>
            {t("wizard.saveDraft")}
          </Button>
          {saved && (
            <Link to={paths.app.application(saved.id)} className="wizard-leave">
              {t("wizard.leave")}
            </Link>
          )}
        </div>
      </div>
    </div>
  );
};
