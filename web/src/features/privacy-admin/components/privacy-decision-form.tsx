import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  PrivacyRequestCompleteDocument,
  PrivacyRequestExtendDocument,
  PrivacyRequestRejectDocument,
  type AdminPrivacyRequestFieldsFragment,
} from "@ccp/shared";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { applyUserErrors, type UserErrorLike } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { privacyDecisionSchema, type PrivacyDecision, type PrivacyDecisionValues } from "../schemas/privacy-decision-schema";
import { extensionDaysLeft } from "../utils/request-deadlines";

const FIELDS = ["text", "days", "confirmErase"] as const;

type PrivacyDecisionFormProps = {
  request: AdminPrivacyRequestFieldsFragment;
  decision: PrivacyDecision;
  onDone: (message: string) => void;
  onCancel: () => void;
  /** Someone else closed the request meanwhile: reload it. */
  onStale: () => void;
};

/** Complete (with the outcome), reject (with the reason) or extend (reason and days) a request. */
export const PrivacyDecisionForm = ({ request, decision, onDone, onCancel, onStale }: PrivacyDecisionFormProps) => {
  const t = useT("staff");
  const [complete] = useMutation(PrivacyRequestCompleteDocument);
  const [reject] = useMutation(PrivacyRequestRejectDocument);
  const [extend] = useMutation(PrivacyRequestExtendDocument);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const deletion = request.kind === "DELETION";
  const maxDays = extensionDaysLeft(request);
  const schema = useMemo(() => privacyDecisionSchema(decision, { deletion, maxDays }), [decision, deletion, maxDays]);
  // Title, field label and hint, and the button of this decision: privacyDecision.COMPLETE.title and so on.
  const copy = `privacyDecision.${decision}`;
  const erase = decision === "COMPLETE" && deletion;
  const applyCorrections = decision === "COMPLETE" && request.kind === "CORRECTION" && request.corrections.length > 0;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<PrivacyDecisionValues>({
    resolver: zodResolver(schema),
    defaultValues: { text: "", days: maxDays > 0 ? String(Math.min(30, maxDays)) : "", confirmErase: false },
  });

  const onSubmit = handleSubmit(async ({ text, days }) => {
    setFormErrors([]);
    try {
      let problems: readonly UserErrorLike[];
      let message: string;
      if (decision === "COMPLETE") {
        problems = (await complete({ variables: { id: request.id, outcome: text } })).data?.privacyRequestComplete.errors ?? [];
        message = t(erase ? "privacyDecision.doneErased" : applyCorrections ? "privacyDecision.doneCorrection" : "privacyDecision.done");
      } else if (decision === "REJECT") {
        problems = (await reject({ variables: { id: request.id, reason: text } })).data?.privacyRequestReject.errors ?? [];
        message = t("privacyDecision.rejected");
      } else {
        const result = await extend({ variables: { id: request.id, reason: text, days: Number(days) } });
        problems = result.data?.privacyRequestExtend.errors ?? [];
        message = t("privacyDecision.extended", { count: Number(days) });
      }
      if (problems.length === 0) {
        onDone(message);
        return;
      }
      if (problems.some((p) => p.code === "ALREADY_CLOSED")) onStale();
      setFormErrors(applyUserErrors(problems, setError, FIELDS, { aliases: { outcome: "text", reason: "text" } }));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form className="form confirm" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t(`${copy}.title`)}>
      <p className="confirm-title">{t(`${copy}.title`)}</p>
      {erase && (
        <Alert tone="warning" title={t("privacyDecision.eraseTitle")}>
          <p>{t("privacyDecision.eraseText")}</p>
        </Alert>
      )}
      {applyCorrections && (
        <Alert tone="info" title={t("privacyDecision.correctionTitle")}>
          <p>{t("privacyDecision.correctionText", { count: request.corrections.length })}</p>
        </Alert>
      )}
      {decision === "EXTEND" && (
        <p className="muted">
          {maxDays > 0 ? t("privacyDecision.extendLeft", { count: maxDays }) : t("privacyDecision.extendNone")}
        </p>
      )}
      <FormErrors messages={formErrors} />
      <TextAreaField label={t(`${copy}.label`)} hint={t(`${copy}.hint`)} rows={4} autoFocus error={errors.text?.message} {...register("text")} />
      {decision === "EXTEND" && (
        <TextField
          label={t("privacyDecision.days")}
          className="field-short"
          inputMode="numeric"
          error={errors.days?.message}
          {...register("days")}
        />
      )}
      {erase && (
        <CheckboxField
          label={t("privacyDecision.confirmErase")}
          error={errors.confirmErase?.message}
          {...register("confirmErase")}
        />
      )}
      <div className="form-actions">
        <Button
          type="submit"
          variant={decision === "COMPLETE" && !erase ? "primary" : decision === "EXTEND" ? "primary" : "danger"}
          pending={isSubmitting}
          pendingLabel={t(`${copy}.pending`)}
        >
          {erase ? t("privacyDecision.submitErase") : applyCorrections ? t("privacyDecision.submitCorrection") : t(`${copy}.submit`)}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
          {t("privacyDecision.cancel")}
        </Button>
      </div>
    </form>
  );
};
