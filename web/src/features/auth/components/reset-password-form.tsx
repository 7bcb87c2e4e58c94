import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { PasswordResetDocument } from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { resetPasswordSchema, type ResetPasswordValues } from "../schemas/password-reset-schema";
import { PasswordRules } from "./password-rules";

export const ResetPasswordForm = ({ token }: { token: string }) => {
  const t = useT("public");
  const [resetPassword] = useMutation(PasswordResetDocument);
  const [done, setDone] = useState(false);
  const [tokenInvalid, setTokenInvalid] = useState(false);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ResetPasswordValues>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { newPassword: "", confirmPassword: "" },
  });

  const onSubmit = handleSubmit(async ({ newPassword }) => {
    setFormErrors([]);
    try {
      const { data } = await resetPassword({ variables: { input: { token, newPassword } } });
      const payload = data?.authPasswordReset;
      if (!payload) throw new Error("empty response");
      if (payload.ok) {
        setDone(true);
        return;
      }
      if (payload.errors.some((e) => e.code === "TOKEN_INVALID")) {
        setTokenInvalid(true);
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, ["newPassword"], { byCode: { WEAK_PASSWORD: "newPassword" } }));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  if (done) {
    return (
      <Alert tone="success" title={t("reset.doneTitle")}>
        <p>
          <Trans text={t("reset.done")} components={[<Link to={paths.login} />]} />
        </p>
      </Alert>
    );
  }

  if (tokenInvalid) {
    return (
      <Alert tone="error" title={t("reset.expiredTitle")}>
        <p>
          <Trans text={t("reset.expired")} components={[<Link to={paths.forgotPassword} />]} />
        </p>
      </Alert>
    );
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="form">
      <FormErrors messages={formErrors} />
      <TextField
        label={t("reset.newPassword")}
        type="password"
        autoComplete="new-password"
        hint={<PasswordRules />}
        error={errors.newPassword?.message}
        {...register("newPassword")}
      />
      <TextField
        label={t("reset.confirm")}
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword?.message}
        {...register("confirmPassword")}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("reset.submitting")}>
          {t("reset.submit")}
        </Button>
      </div>
    </form>
  );
};
