import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { PasswordChangeDocument } from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeError, stepUpMessage } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { passwordRules } from "@/lib/password-policy";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { passwordChangeSchema, type PasswordChangeValues } from "../schemas/password-change-schema";

export const PasswordChangeForm = () => {
  const t = useT("applicant");
  const [changePassword] = useMutation(PasswordChangeDocument);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [changed, setChanged] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<PasswordChangeValues>({
    resolver: zodResolver(passwordChangeSchema),
    defaultValues: { currentPassword: "", newPassword: "" },
  });

  const onSubmit = handleSubmit(async (input) => {
    setFormErrors([]);
    setChanged(false);
    try {
      const { data } = await changePassword({ variables: { input } });
      const payload = data?.authPasswordChange;
      if (!payload) throw new Error("empty response");
      if (payload.ok) {
        reset();
        setChanged(true);
        return;
      }
      if (payload.errors.some((e) => e.code === "STEP_UP_REQUIRED")) {
        setFormErrors([stepUpMessage()]);
        return;
      }
      setFormErrors(
        applyUserErrors(payload.errors, setError, ["currentPassword", "newPassword"], {
          aliases: { password: "newPassword" },
          byCode: { INVALID_CREDENTIALS: "currentPassword", WEAK_PASSWORD: "newPassword" },
        }),
      );
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="form">
      <FormErrors messages={formErrors} />
      {changed && <Alert tone="success" title={t("passwordForm.changed")} />}
      <TextField
        label={t("passwordForm.current")}
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <TextField
        label={t("passwordForm.new")}
        type="password"
        autoComplete="new-password"
        hint={
          <ul className="hint-list">
            {passwordRules().map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        }
        error={errors.newPassword?.message}
        {...register("newPassword")}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("passwordForm.submitting")}>
          {t("passwordForm.submit")}
        </Button>
      </div>
    </form>
  );
};
