import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ApplicationDecideDocument, type Decision, type ReviewApplicationFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { TextAreaField } from "@/components/ui/text-area-field";
import { DECISIONS, decisionSchema, type DecisionValues } from "../schemas/review-schemas";

// Words for each decision: staff strings "decision.choices.<DECISION>.{label,text,confirm,button}".
const choiceKey = (decision: Decision, part: "label" | "text" | "confirm" | "button") => `decision.choices.${decision}.${part}`;

export const DecisionForm = ({ application }: { application: ReviewApplicationFieldsFragment }) => {
  const t = useT("staff");
  const [decide] = useMutation(ApplicationDecideDocument);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<DecisionValues>({
    resolver: zodResolver(decisionSchema),
    defaultValues: { decision: undefined, reason: "" },
  });
  const decision = useWatch({ control, name: "decision" });

  const onConfirm = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      const { data } = await decide({
        variables: { id: application.id, input: { decision: values.decision, reason: values.reason.trim() } },
      });
      const payload = data?.applicationDecide;
      if (!payload) throw new Error("empty response");
      setConfirming(false);
      if (payload.application && payload.errors.length === 0) {
        reset({ decision: undefined, reason: "" });
        setResult(
          (payload.application.approvalsNeeded ?? 0) > 0
            ? t("decision.approvalRecorded")
            : t("decision.recorded"),
        );
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, ["decision", "reason"]));
    } catch (error) {
      setConfirming(false);
      setFormErrors([describeError(error)]);
    }
  });

  const askToConfirm = handleSubmit(() => {
    setFormErrors([]);
    setResult(null);
    setConfirming(true);
  });

  if (application.status !== "UNDER_REVIEW") {
    return (
      <>
        {result && <Alert tone="success" title={result} />}
        <p className="muted">
          {application.status === "SUBMITTED"
            ? t("decision.takeFirst")
            : t("decision.onlyUnderReview")}
        </p>
      </>
    );
  }

  return (
    <form className="form" onSubmit={(event) => void askToConfirm(event)} noValidate>
      {result && <Alert tone="success" title={result} />}
      <FormErrors messages={formErrors} />
      <fieldset className={["fieldset", errors.decision ? "field-invalid" : ""].filter(Boolean).join(" ")}>
        <legend className="field-label-legend">{t("decision.question")}</legend>
        <div className="choice-list">
          {DECISIONS.map((value) => (
            <label key={value} className={["choice-card", decision === value ? "selected" : ""].filter(Boolean).join(" ")}>
              <input type="radio" value={value} className="choice-radio" {...register("decision")} />
              <span className="choice-body">
                <span className="choice-title">{t(choiceKey(value, "label"))}</span>
                <span className="choice-text">{t(choiceKey(value, "text"))}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.decision && <p className="field-error">{errors.decision.message}</p>}
      </fieldset>
      <TextAreaField
        label={t("decision.reason")}
        hint={t("decision.reasonHint")}
        rows={4}
        readOnly={confirming}
        error={errors.reason?.message}
        {...register("reason")}
      />
      {!confirming && (
        <div className="form-actions">
          <Button type="submit">{t("decision.record")}</Button>
        </div>
      )}
      {confirming && decision && (
        <Confirm
          title={t(choiceKey(decision, "confirm"))}
          confirmLabel={t(choiceKey(decision, "button"))}
          pendingLabel={t("decision.recording")}
          pending={isSubmitting}
          tone={decision === "REJECT" ? "danger" : "primary"}
          onConfirm={() => void onConfirm()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t("decision.notified")}</p>
        </Confirm>
      )}
    </form>
  );
};
