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
import { credentialActionSchema, type CredentialAction, type CredentialActionValues } from "../schemas/credential-action-schema";

const COPY: Record<CredentialAction, { title: string; text: string; confirm: string; pending: string; done: string }> = {
  REVOKE: {
    title: "Revoke",
    text: "Revocation is permanent: the credential will verify as revoked from now on and can't be reinstated. The holder is notified with your reason.",
    confirm: "Yes, revoke credential",
    pending: "Revoking…",
    done: "was revoked",
  },
  SUSPEND: {
    title: "Suspend",
    text: "While suspended, the credential verifies as not valid. You can reinstate it later. The holder is notified with your reason.",
    confirm: "Yes, suspend credential",
    pending: "Suspending…",
    done: "was suspended",
  },
  REINSTATE: {
    title: "Reinstate",
    text: "The suspension ends and the credential verifies as valid again (if it hasn't expired). The holder is notified.",
    confirm: "Yes, reinstate credential",
    pending: "Reinstating…",
    done: "is active again",
  },
};

type CredentialActionFormProps = {
  credential: AdminCredentialFieldsFragment;
  action: CredentialAction;
  onDone: (message: string) => void;
  onCancel: () => void;
};

/** Confirmation (with the reason the holder will read) for revoking, suspending or reinstating. */
export const CredentialActionForm = ({ credential, action, onDone, onCancel }: CredentialActionFormProps) => {
  const [revoke] = useMutation(CredentialRevokeDocument);
  const [suspend] = useMutation(CredentialSuspendDocument);
  const [reinstate] = useMutation(CredentialReinstateDocument);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const schema = useMemo(() => credentialActionSchema(action), [action]);
  const copy = COPY[action];
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
        onDone(`Credential ${credential.number} ${copy.done}. The holder has been notified.`);
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
      aria-label={`${copy.title} credential ${credential.number}`}
    >
      <p className="confirm-title">
        {copy.title} {credential.title} <span className="credential-number">{credential.number}</span>
        {credential.holderName && ` held by ${credential.holderName}`}?
      </p>
      <p>{copy.text}</p>
      <FormErrors messages={formErrors} />
      {action !== "REINSTATE" && (
        <TextAreaField
          label="Reason"
          hint="The holder sees this, and it is kept with the credential's history."
          rows={3}
          autoFocus
          error={errors.reason?.message}
          {...register("reason")}
        />
      )}
      <div className="form-actions">
        <Button type="submit" variant={action === "REINSTATE" ? "primary" : "danger"} pending={isSubmitting} pendingLabel={copy.pending}>
          {copy.confirm}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
          Cancel
        </Button>
      </div>
    </form>
  );
};
