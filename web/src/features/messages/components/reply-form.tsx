import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { applyUserErrors, type UserErrorLike } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { MAX_MESSAGE, messageSchema, type MessageValues } from "../schemas/message-schema";

type ReplyFormProps = {
  label: string;
  hint?: string;
  submitLabel: string;
  /** Sends the message; returns the payload's errors (empty when it was sent). */
  onSend: (body: string) => Promise<readonly UserErrorLike[]>;
  sentNotice?: string;
};

export const ReplyForm = ({ label, hint, submitLabel, onSend, sentNotice }: ReplyFormProps) => {
  const t = useT("applicant");
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<MessageValues>({ resolver: zodResolver(messageSchema), defaultValues: { body: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    setSent(false);
    try {
      const problems = await onSend(values.body);
      if (problems.length === 0) {
        reset({ body: "" });
        setSent(true);
        return;
      }
      setFormErrors(applyUserErrors(problems, setError, ["body"]));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormErrors messages={formErrors} />
      {sent && <Alert tone="success" title={sentNotice ?? t("conversation.sent")} />}
      <TextAreaField
        label={label}
        hint={hint}
        rows={4}
        maxLength={MAX_MESSAGE}
        error={errors.body?.message}
        {...register("body", { onChange: () => setSent(false) })}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("conversation.sending")}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
};
