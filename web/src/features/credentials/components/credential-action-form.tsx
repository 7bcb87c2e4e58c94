import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  CredentialReinstateDocument,
  CredentialRevokeDocument,
  CredentialSuspendDocument,
  type AdminCredentialFieldsFragment,
} from "@ccp/shared";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { applyUserErrors, type UserErrorLike } from "@/lib/user-errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { credentialActionSchema, type CredentialAction, type CredentialActionValues } from "../schemas/credential-action-schema";

type CredentialActionFormProps = {
  credential: AdminCredentialFieldsFragment;
  action: CredentialAction;
  onDone: (message: string) => void;
  onCancel: () => void;
};

/** Confirmation (with the reason the holder will read) for revoking, suspending or reinstating. */
export const CredentialActionForm = ({ credential, action, onDone, onCancel }: CredentialActionFormProps) => {
  const t = useT("staff");
  const [revoke] = useMutation(CredentialRevokeDocument);
  const [suspend] = useMutation(CredentialSuspendDocument);
  const [reinstate] = useMutation(CredentialReinstateDocument);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const schema = useMemo(() => credentialActionSchema(action), [action]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CredentialActionValues>({ resolver: zodResolver(schema), defaultValues: { reason: "" } });

  const onSubmit = handleSubmit(async ({ reason }) => {
    setFormErrors([]);
    try {
      let problems: readonly UserErrorLike[];
      if (action === "REVOKE") {
        problems = (await revoke({ variables: { id: credential.id, reason } })).data?.credentialRevoke.errors ?? [];
      } else if (action === "SUSPEND") {
        problems = (await suspend({ variables: { id: credential.id, reason } })).data?.credentialSuspend.errors ?? [];
      } else {
        problems = (await reinstate({ variables: { id: credential.id } })).data?.credentialReinstate.errors ?? [];
      }
      if (problems.length === 0) {
        onDone(t(`credentialAction.${action}.done`, { number: credential.number }));
        return;
      }
      setFormErrors(applyUserErrors(problems, setError, ["reason"]));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form
      className="form confirm"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={t(`credentialAction.${action}.label`, { number: credential.number })}
    >
      <p className="confirm-title">
        <Trans
          text={t(`credentialAction.${action}.${credential.holderName ? "titleHeld" : "title"}`, { title: credential.title, number: credential.number, holder: credential.holderName })}
          components={[<span className="credential-number" />]}
        />
      </p>
      <p>{t(`credentialAction.${action}.text`)}</p>
      <FormErrors messages={formErrors} />
      {action !== "REINSTATE" && (
        <TextAreaField
          label={t("credentialAction.reason")}
          hint={t("credentialAction.reasonHint")}
          rows={3}
          autoFocus
          error={errors.reason?.message}
          {...register("reason")}
        />
      )}
      <div className="form-actions">
        <Button type="submit" variant={action === "REINSTATE" ? "primary" : "danger"} pending={isSubmitting} pendingLabel={t(`credentialAction.${action}.pending`)}>
          {t(`credentialAction.${action}.confirm`)}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
          {t("credentialAction.cancel")}
        </Button>
      </div>
    </form>
  );
};
