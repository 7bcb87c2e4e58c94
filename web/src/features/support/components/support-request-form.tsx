import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { SupportRequestCreateDocument } from "@ccp/shared";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useNavigate } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { applyUserErrors } from "@/lib/user-errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { MAX_MESSAGE } from "@/features/messages/schemas/message-schema";
import { supportRequestSchema, toSupportRequestInput, type SupportRequestValues } from "../schemas/support-schema";
import { ChoiceCards } from "@/components/ui/choice-cards";

const FIELDS = ["kind", "subject", "body"] as const;

const KINDS = [
  { kind: "SUPPORT", title: "I need help", text: "Something isn't working, or you have a question about your account or an application." },
  { kind: "FEEDBACK", title: "I have feedback", text: "An idea or a comment about CareCorePlus. We read everything you send." },
] as const;

/** "Ask for help or send feedback". */
export const SupportRequestForm = () => {
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
      <ChoiceCards legend="What is it about?" choices={KINDS} selected={kind} field={register("kind")} error={errors.kind?.message} />
      <TextField label="Subject" maxLength={200} error={errors.subject?.message} {...register("subject")} />
      <TextAreaField
        label="Message"
        rows={6}
        maxLength={MAX_MESSAGE}
        hint="Please don't include passwords or card numbers."
        error={errors.body?.message}
        {...register("body")}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel="Sending…">
          Send
        </Button>
      </div>
    </form>
  );
};
