import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { PasswordResetRequestDocument } from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { forgotPasswordSchema, type ForgotPasswordValues } from "../schemas/password-reset-schema";

export const ForgotPasswordForm = () => {
  const t = useT("public");
  const [requestReset] = useMutation(PasswordResetRequestDocument);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ForgotPasswordValues>({ resolver: zodResolver(forgotPasswordSchema), defaultValues: { email: "" } });

  const onSubmit = handleSubmit(async ({ email }) => {
    setFormErrors([]);
    try {
      // The answer is the same whether or not the account exists, so nobody
      // can use this form to find out who is registered.
      await requestReset({ variables: { email } });
      setSentTo(email);
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  if (sentTo) {
    return (
      <Alert tone="success" title={t("forgot.sentTitle")}>
        <p>
          <Trans text={t("forgot.sent", { email: sentTo })} components={[<strong />]} />
        </p>
        <p>
          <Trans text={t("forgot.nothing")} components={[<Link to={paths.login} />]} />
        </p>
      </Alert>
    );
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="form">
      <FormErrors messages={formErrors} />
      <TextField
        label={t("email")}
        type="email"
        autoComplete="email"
        inputMode="email"
        hint={t("forgot.hint")}
        error={errors.email?.message}
        {...register("email")}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("forgot.submitting")}>
          {t("forgot.submit")}
        </Button>
        <Link to={paths.login}>{t("forgot.back")}</Link>
      </div>
    </form>
  );
};
