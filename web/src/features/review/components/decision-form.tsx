import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ApplicationDecideDocument, type Decision, type ReviewApplicationFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { TextAreaField } from "@/components/ui/text-area-field";
import { DECISIONS, decisionSchema, type DecisionValues } from "../schemas/review-schemas";

const CHOICE: Record<Decision, { label: string; text: string; confirm: string; button: string }> = {
  APPROVE: {
    label: "Approve",
    text: "The credential is issued (after a second approval where that is required).",
    confirm: "Approve this application?",
    button: "Yes, approve",
  },
  REQUEST_CHANGES: {
    label: "Request changes",
    text: "The application goes back to the applicant to change and resubmit.",
    confirm: "Send this application back for changes?",
    button: "Yes, request changes",
  },
  REJECT: {
    label: "Reject",
    text: "The application is closed. The applicant can start a new one.",
    confirm: "Reject this application?",
    button: "Yes, reject",
  },
};

export const DecisionForm = ({ application }: { application: ReviewApplicationFieldsFragment }) => {
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
            ? "Your approval is recorded. A second reviewer must approve before the credential is issued."
            : "Decision recorded. The applicant has been notified.",
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
            ? "Take the application (or start the review) first: decisions are made while it is being reviewed."
            : "A decision can only be made while the application is being reviewed."}
        </p>
      </>
    );
  }

  return (
    <form className="form" onSubmit={(event) => void askToConfirm(event)} noValidate>
      {result && <Alert tone="success" title={result} />}
      <FormErrors messages={formErrors} />
      <fieldset className={["fieldset", errors.decision ? "field-invalid" : ""].filter(Boolean).join(" ")}>
        <legend className="field-label-legend">What is your decision?</legend>
        <div className="choice-list">
          {DECISIONS.map((value) => (
            <label key={value} className={["choice-card", decision === value ? "selected" : ""].filter(Boolean).join(" ")}>
              <input type="radio" value={value} className="choice-radio" {...register("decision")} />
              <span className="choice-body">
                <span className="choice-title">{CHOICE[value].label}</span>
                <span className="choice-text">{CHOICE[value].text}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.decision && <p className="field-error">{errors.decision.message}</p>}
      </fieldset>
      <TextAreaField
        label="Reason"
        hint="The applicant will see this. Be clear and kind; say what to change if you request changes."
        rows={4}
        readOnly={confirming}
        error={errors.reason?.message}
        {...register("reason")}
      />
      {!confirming && (
        <div className="form-actions">
          <Button type="submit">Record decision</Button>
        </div>
      )}
      {confirming && decision && (
        <Confirm
          title={CHOICE[decision].confirm}
          confirmLabel={CHOICE[decision].button}
          pendingLabel="Recording decision…"
          pending={isSubmitting}
          tone={decision === "REJECT" ? "danger" : "primary"}
          onConfirm={() => void onConfirm()}
          onCancel={() => setConfirming(false)}
        >
          <p>The applicant is notified and sees your reason.</p>
        </Confirm>
      )}
    </form>
  );
};
