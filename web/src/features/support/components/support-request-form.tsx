import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { SupportRequestCreateDocument } from "@ccp/shared";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useNavigate } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { applyUserErrors } from "@/lib/user-errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { MAX_MESSAGE } from "@/features/messages/schemas/message-schema";
import { supportRequestSchema, toSupportRequestInput, type SupportRequestValues } from "../schemas/support-schema";
import { ChoiceCards } from "@/components/ui/choice-cards";

const FIELDS = ["kind", "subject", "body"] as const;

const KINDS = ["SUPPORT", "FEEDBACK"] as const;

/** "Ask for help or send feedback". */
export const SupportRequestForm = () => {
  const t = useT("applicant");
  const navigate = useNavigate();
  const [create] = useMutation(SupportRequestCreateDocument, { refetchQueries: ["SupportRequests"] });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<SupportRequestValues>({
    resolver: zodResolver(supportRequestSchema),
    defaultValues: { kind: "SUPPORT", subject: "", body: "" },
  });
  const kind = useWatch({ control, name: "kind" });
  const choices = KINDS.map((k) => ({ kind: k, title: t(`support.form.kinds.${k}.title`), text: t(`support.form.kinds.${k}.text`) }));

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      const { data } = await create({ variables: { input: toSupportRequestInput(values) } });
      const payload = data?.supportRequestCreate;
      if (!payload) throw new Error("empty response");
      if (payload.supportRequest && payload.errors.length === 0) {
        void navigate(paths.app.supportRequest(payload.supportRequest.id), { state: { created: true } });
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, FIELDS));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormErrors messages={formErrors} />
      <ChoiceCards legend={t("support.form.about")} choices={choices} selected={kind} field={register("kind")} error={errors.kind?.message} />
      <TextField label={t("support.form.subject")} maxLength={200} error={errors.subject?.message} {...register("subject")} />
      <TextAreaField
        label={t("support.form.message")}
        rows={6}
        maxLength={MAX_MESSAGE}
        hint={t("support.form.messageHint")}
        error={errors.body?.message}
        {...register("body")}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("support.form.sending")}>
          {t("support.form.send")}
        </Button>
      </div>
    </form>
  );
};
