import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { MyPrivacyRequestsDocument, PrivacyRequestCreateDocument } from "@ccp/shared";
import { useEffect, useRef, useState } from "react";
import { FormProvider, useForm, useWatch, type Path } from "react-hook-form";
import { useNavigate } from "react-router";
import { loginWithNext, paths } from "@/app/paths";
import { useAuth } from "@/lib/auth";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import {
  MAX_REQUEST_DETAILS,
  privacyRequestSchema,
  toPrivacyRequestInput,
  type PrivacyRequestValues,
} from "../schemas/privacy-request-schema";
import { REQUEST_KINDS, REQUEST_KIND_LABEL } from "../utils/privacy-labels";
import { CorrectionFields, correctionFieldPath } from "./correction-fields";
import { ChoiceCards } from "@/components/ui/choice-cards";
import { DeletionWarning } from "./deletion-warning";

const FIELDS = ["kind", "details", "corrections", "confirmDeletion"] as const;

const DEFAULTS: PrivacyRequestValues = { kind: "ACCESS", details: "", corrections: [], confirmDeletion: false };

const nestedField = (path: string) => correctionFieldPath(path) as Path<PrivacyRequestValues> | undefined;

/** "Make a request": access, export, correction or deletion (needs a recent sign-in). */
export const PrivacyRequestForm = () => {
  const t = useT("applicant");
  const navigate = useNavigate();
  const { signOut } = useAuth();
  const [create] = useMutation(PrivacyRequestCreateDocument, { refetchQueries: [MyPrivacyRequestsDocument] });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [stepUp, setStepUp] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const [sent, setSent] = useState<{ kind: string; dueAt: string } | null>(null);
  const form = useForm<PrivacyRequestValues>({ resolver: zodResolver(privacyRequestSchema), defaultValues: DEFAULTS });
  const {
    register,
    handleSubmit,
    setError,
    control,
    reset,
    formState: { errors, isSubmitting },
  } = form;
  const kind = useWatch({ control, name: "kind" });
  const chosen = useWatch({ control, name: "corrections" });
  const outcomeRef = useRef<HTMLDivElement>(null);

  // The answer appears above the form: bring it into view from the submit button.
  useEffect(() => {
    if (sent || stepUp) outcomeRef.current?.focus();
  }, [sent, stepUp]);

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    setStepUp(false);
    setSent(null);
    try {
      const { data } = await create({ variables: { input: toPrivacyRequestInput(values) } });
      const payload = data?.privacyRequestCreate;
      if (!payload) throw new Error("empty response");
      if (payload.privacyRequest && payload.errors.length === 0) {
        setSent({ kind: REQUEST_KIND_LABEL[payload.privacyRequest.kind], dueAt: payload.privacyRequest.dueAt });
        reset(DEFAULTS);
        return;
      }
      if (payload.errors.some((e) => e.code === "STEP_UP_REQUIRED")) {
        setStepUp(true);
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, FIELDS, { nested: nestedField }));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  const signInAgain = async () => {
    setSigningOut(true);
    await signOut();
    void navigate(loginWithNext(paths.app.privacy));
  };

  return (
    <FormProvider {...form}>
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t("requestForm.label")}>
        <div ref={outcomeRef} tabIndex={-1} className="focus-target">
          {sent && (
            <Alert tone="success" title={t("requestForm.receivedTitle", { kind: sent.kind })}>
              <p>{t("requestForm.receivedText", { date: formatDate(sent.dueAt) })}</p>
            </Alert>
          )}
          {stepUp && (
            <Alert
              tone="warning"
              title={t("requestForm.stepUpTitle")}
              actions={
                <Button onClick={() => void signInAgain()} pending={signingOut} pendingLabel={t("requestForm.signingOut")}>
                  {t("requestForm.signInAgain")}
                </Button>
              }
            >
              <p>{t("requestForm.stepUpText")}</p>
            </Alert>
          )}
        </div>
        <FormErrors messages={formErrors} />
        <ChoiceCards legend={t("requestForm.whatToDo")} choices={REQUEST_KINDS} selected={kind} field={register("kind")} error={errors.kind?.message} />
        {kind === "DELETION" && <DeletionWarning suggestCopy />}
        {kind === "CORRECTION" && <CorrectionFields />}
        <TextAreaField
          label={kind === "CORRECTION" ? t("requestForm.whatIsWrong") : t("requestForm.anything")}
          optional={kind !== "CORRECTION" || (chosen?.length ?? 0) > 0}
          hint={kind === "CORRECTION" ? t("requestForm.correctionHint") : undefined}
          rows={4}
          maxLength={MAX_REQUEST_DETAILS}
          error={errors.details?.message}
          {...register("details")}
        />
        {kind === "DELETION" && (
          <CheckboxField
            label={t("requestForm.confirmDeletion")}
            error={errors.confirmDeletion?.message}
            {...register("confirmDeletion")}
          />
        )}
        <div className="form-actions">
          <Button
            type="submit"
            variant={kind === "DELETION" ? "danger" : "primary"}
            pending={isSubmitting}
            pendingLabel={t("requestForm.sending")}
          >
            {kind === "DELETION" ? t("requestForm.deleteAccount") : t("requestForm.send")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
};
