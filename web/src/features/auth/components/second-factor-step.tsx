import { zodResolver } from "@hookform/resolvers/zod";
import type { LoginMutation } from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
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
  const t = useT("public");
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
      <h2 className="form-step-title">{t("secondFactor.heading")}</h2>
      <p>{useRecovery ? t("secondFactor.recoveryText") : t("secondFactor.totpText")}</p>
      <FormErrors messages={formErrors} />
      <TextField
        key={useRecovery ? "recovery" : "totp"}
        label={useRecovery ? t("secondFactor.recoveryLabel") : t("secondFactor.totpLabel")}
        autoComplete="one-time-code"
        inputMode={useRecovery ? "text" : "numeric"}
        autoFocus
        spellCheck={false}
        error={errors.code?.message}
        {...register("code")}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("secondFactor.checking")}>
          {t("secondFactor.continue")}
        </Button>
        <Button variant="link" onClick={toggle}>
          {useRecovery ? t("secondFactor.useApp") : t("secondFactor.useRecovery")}
        </Button>
      </div>
      <p>
        <Button variant="link" onClick={onCancel}>
          {t("secondFactor.startAgain")}
        </Button>
      </p>
    </form>
  );
};
