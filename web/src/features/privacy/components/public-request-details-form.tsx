import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { FormProvider, useForm, useWatch, type Path } from "react-hook-form";
import { useT } from "@/lib/i18n";
import { applyUserErrors, type UserErrorLike } from "@/lib/user-errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { MAX_REQUEST_DETAILS } from "../schemas/privacy-request-schema";
import { publicPrivacyRequestSchema, type PublicPrivacyRequestValues } from "../schemas/public-privacy-request-schema";
import { PUBLIC_REQUEST_KINDS } from "../utils/privacy-labels";
import { CorrectionFields, correctionFieldPath } from "./correction-fields";
import { ChoiceCards } from "@/components/ui/choice-cards";
import { DeletionWarning } from "./deletion-warning";

const FIELDS = ["email", "kind", "details", "corrections", "confirmDeletion"] as const;

export const PUBLIC_REQUEST_DEFAULTS: PublicPrivacyRequestValues = { email: "", kind: "ACCESS", details: "", corrections: [], confirmDeletion: false };

const nestedField = (path: string) => correctionFieldPath(path) as Path<PublicPrivacyRequestValues> | undefined;

/** What sending the code came to: payload errors, or a message for errors outside the payload. */
export type SendOutcome = { errors: readonly UserErrorLike[]; failure: string | null };

type Props = {
  defaultValues: PublicPrivacyRequestValues;
  /** Sends the code; the parent moves on to step 2 when it worked. */
  onSend: (values: PublicPrivacyRequestValues) => Promise<SendOutcome>;
};

/** Step 1: the account's e-mail address and what the person asks for. */
export const PublicRequestDetailsForm = ({ defaultValues, onSend }: Props) => {
  const t = useT("public");
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<PublicPrivacyRequestValues>({ resolver: zodResolver(publicPrivacyRequestSchema), defaultValues });
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const kind = useWatch({ control, name: "kind" });
  const named = useWatch({ control, name: "corrections" });

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    const outcome = await onSend(values);
    const messages = applyUserErrors(outcome.errors, setError, FIELDS, { nested: nestedField });
    setFormErrors(outcome.failure ? [...messages, outcome.failure] : messages);
  });

  return (
    <FormProvider {...form}>
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t("privacyRequest.stepDetails")}>
        <FormErrors messages={formErrors} />
        <TextField
          label={t("privacyRequest.email")}
          type="email"
          autoComplete="email"
          maxLength={254}
          hint={t("privacyRequest.emailHint")}
          error={errors.email?.message}
          {...register("email")}
        />
        <ChoiceCards legend={t("privacyRequest.whatToDo")} choices={PUBLIC_REQUEST_KINDS} selected={kind} field={register("kind")} error={errors.kind?.message} />
        {kind === "DELETION" && <DeletionWarning />}
        {kind === "CORRECTION" && <CorrectionFields />}
        <TextAreaField
          label={kind === "CORRECTION" ? t("privacyRequest.whatIsWrong") : t("privacyRequest.anything")}
          optional={kind !== "CORRECTION" || (named?.length ?? 0) > 0}
          hint={t("privacyRequest.detailsHint")}
          rows={4}
          maxLength={MAX_REQUEST_DETAILS}
          error={errors.details?.message}
          {...register("details")}
        />
        {kind === "DELETION" && (
          <CheckboxField
            label={t("privacyRequest.confirmDeletion")}
            error={errors.confirmDeletion?.message}
            {...register("confirmDeletion")}
          />
        )}
        <div className="form-actions">
          <Button type="submit" pending={isSubmitting} pendingLabel={t("privacyRequest.sendingCode")}>
            {t("privacyRequest.send")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
};
