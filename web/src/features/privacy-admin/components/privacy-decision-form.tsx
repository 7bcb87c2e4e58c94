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
import { applyUserErrors, type UserErrorLike } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { privacyDecisionSchema, type PrivacyDecision, type PrivacyDecisionValues } from "../schemas/privacy-decision-schema";
import { extensionDaysLeft } from "../utils/request-deadlines";

const FIELDS = ["text", "days", "confirmErase"] as const;

const COPY: Record<PrivacyDecision, { title: string; label: string; hint: string; submit: string; pending: string }> = {
  COMPLETE: {
    title: "Complete this request",
    label: "What we did",
    hint: "The requester reads this in their privacy center and by e-mail.",
    submit: "Complete request",
    pending: "Completing…",
  },
  REJECT: {
    title: "Reject this request",
    label: "Why we can't do it",
    hint: "The requester reads this. Explain the reason and what they can do next.",
    submit: "Reject request",
    pending: "Rejecting…",
  },
  EXTEND: {
    title: "Extend the deadline",
    label: "Why we need more time",
    hint: "The requester is told the new date and this reason.",
    submit: "Extend deadline",
    pending: "Extending…",
  },
};

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
  const [complete] = useMutation(PrivacyRequestCompleteDocument);
  const [reject] = useMutation(PrivacyRequestRejectDocument);
  const [extend] = useMutation(PrivacyRequestExtendDocument);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const deletion = request.kind === "DELETION";
  const maxDays = extensionDaysLeft(request);
  const schema = useMemo(() => privacyDecisionSchema(decision, { deletion, maxDays }), [decision, deletion, maxDays]);
  const copy = COPY[decision];
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
        message = erase
          ? "The request is complete and the account has been erased."
          : applyCorrections
            ? "The correction was approved and applied to the account. The requester has been told."
            : "The request is complete. The requester has been told.";
      } else if (decision === "REJECT") {
        problems = (await reject({ variables: { id: request.id, reason: text } })).data?.privacyRequestReject.errors ?? [];
        message = "The request was rejected. The requester has been told why.";
      } else {
        const result = await extend({ variables: { id: request.id, reason: text, days: Number(days) } });
        problems = result.data?.privacyRequestExtend.errors ?? [];
        message = `The deadline was extended by ${days} ${days === "1" ? "day" : "days"}. The requester has been told.`;
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
    <form className="form confirm" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={copy.title}>
      <p className="confirm-title">{copy.title}</p>
      {erase && (
        <Alert tone="warning" title="Completing this request erases the account now">
          <p>
            The person's account, profile, applications, documents and messages are deleted or anonymised at once, and they
            can no longer sign in. Certification and payment records the law requires are kept without contact details. This
            can't be undone.
          </p>
        </Alert>
      )}
      {applyCorrections && (
        <Alert tone="info" title="Completing this request approves the correction">
          <p>
            The proposed {request.corrections.length === 1 ? "value replaces" : "values replace"} what the account says now, at
            once. The change is recorded in the audit log.
          </p>
        </Alert>
      )}
      {decision === "EXTEND" && (
        <p className="muted">
          {maxDays > 0
            ? `You can extend this deadline by up to ${maxDays} more ${maxDays === 1 ? "day" : "days"} (60 days in total).`
            : "This deadline has already been extended by the full 60 days."}
        </p>
      )}
      <FormErrors messages={formErrors} />
      <TextAreaField label={copy.label} hint={copy.hint} rows={4} autoFocus error={errors.text?.message} {...register("text")} />
      {decision === "EXTEND" && (
        <TextField
          label="Extra days"
          className="field-short"
          inputMode="numeric"
          error={errors.days?.message}
          {...register("days")}
        />
      )}
      {erase && (
        <CheckboxField
          label="I understand that the account will be erased now and this can't be undone"
          error={errors.confirmErase?.message}
          {...register("confirmErase")}
        />
      )}
      <div className="form-actions">
        <Button
          type="submit"
          variant={decision === "COMPLETE" && !erase ? "primary" : decision === "EXTEND" ? "primary" : "danger"}
          pending={isSubmitting}
          pendingLabel={copy.pending}
        >
          {erase ? "Complete and erase the account" : applyCorrections ? "Approve and apply the correction" : copy.submit}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
          Cancel
        </Button>
      </div>
    </form>
  );
};
