import { zodResolver } from "@hookform/resolvers/zod";
import type { LoginMutation } from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { applyUserErrors } from "@/lib/user-errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import {
  recoveryCodeSchema,
  totpCodeSchema,
  type SecondFactorInput,
  type SecondFactorValues,
} from "../schemas/login-schema";

type SecondFactorStepProps = {
  onSubmitCode: (extra: { totpCode?: string; recoveryCode?: string }) => Promise<LoginMutation["authLogin"]>;
  onCancel: () => void;
};

export const SecondFactorStep = ({ onSubmitCode, onCancel }: SecondFactorStepProps) => {
  const [useRecovery, setUseRecovery] = useState(false);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<SecondFactorInput, unknown, SecondFactorValues>({
    resolver: zodResolver(useRecovery ? recoveryCodeSchema : totpCodeSchema),
    defaultValues: { code: "" },
  });

  const onSubmit = handleSubmit(async ({ code }) => {
    setFormErrors([]);
    try {
      const payload = await onSubmitCode(useRecovery ? { recoveryCode: code } : { totpCode: code });
      // A successful sign-in re-renders the page into a redirect; only errors remain here.
      setFormErrors(
        applyUserErrors(payload.errors, setError, ["code"], {
          aliases: { totpCode: "code", recoveryCode: "code" },
          byCode: { MFA_INVALID: "code" },
        }),
      );
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  const toggle = () => {
    setUseRecovery((value) => !value);
    setFormErrors([]);
    reset({ code: "" });
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="form">
      <h2 className="form-step-title">Confirm it's you</h2>
      <p>
        {useRecovery
          ? "Enter one of the recovery codes you saved when you set up two-step sign-in. Each code works once."
          : "Open your authenticator app and enter the 6-digit code it shows for CareCorePlus."}
      </p>
      <FormErrors messages={formErrors} />
      <TextField
        key={useRecovery ? "recovery" : "totp"}
        label={useRecovery ? "Recovery code" : "6-digit code"}
        autoComplete="one-time-code"
        inputMode={useRecovery ? "text" : "numeric"}
        autoFocus
        spellCheck={false}
        error={errors.code?.message}
        {...register("code")}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel="Checking…">
          Continue
        </Button>
        <Button variant="link" onClick={toggle}>
          {useRecovery ? "Use my authenticator app instead" : "Use a recovery code instead"}
        </Button>
      </div>
      <p>
        <Button variant="link" onClick={onCancel}>
          Start again with a different account
        </Button>
      </p>
    </form>
  );
};
