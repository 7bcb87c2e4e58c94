import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { LoginDocument } from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useAuth } from "@/lib/auth";
import { useT } from "@/lib/i18n";
import { describeError } from "@/lib/errors";
import { applyUserErrors } from "@/lib/user-errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { loginSchema, type LoginValues } from "../schemas/login-schema";
import { SecondFactorStep } from "./second-factor-step";

/**
 * Sign-in in one or two steps: e-mail and password, then — when the server
 * answers MFA_REQUIRED — the authenticator or a recovery code.
 */
export const LoginForm = () => {
  const t = useT("public");
  const { signIn } = useAuth();
  const [login] = useMutation(LoginDocument);
  const [credentials, setCredentials] = useState<LoginValues | null>(null);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const form = useForm<LoginValues>({ resolver: zodResolver(loginSchema), defaultValues: { email: "", password: "" } });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = form;

  const attempt = async (values: LoginValues, extra: { totpCode?: string; recoveryCode?: string } = {}) => {
    const { data } = await login({ variables: { input: { ...values, ...extra } } });
    if (!data) throw new Error("empty response");
    const payload = data.authLogin;
    if (payload.accessToken && payload.user) signIn(payload.accessToken, payload.user);
    return payload;
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      const payload = await attempt(values);
      if (payload.errors.some((e) => e.code === "MFA_REQUIRED")) {
        setCredentials(values);
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, ["email", "password"]));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  if (credentials) {
    return (
      <SecondFactorStep
        onSubmitCode={(extra) => attempt(credentials, extra)}
        onCancel={() => {
          setCredentials(null);
          form.resetField("password");
        }}
      />
    );
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="form">
      <FormErrors messages={formErrors} />
      <TextField
        label={t("email")}
        type="email"
        autoComplete="username"
        inputMode="email"
        error={errors.email?.message}
        {...register("email")}
      />
      <TextField
        label={t("password")}
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register("password")}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("login.submitting")}>
          {t("login.submit")}
        </Button>
        <Link to={paths.forgotPassword}>{t("login.forgot")}</Link>
      </div>
    </form>
  );
};
