import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { PasswordResetRequestDocument } from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { forgotPasswordSchema, type ForgotPasswordValues } from "../schemas/password-reset-schema";

export const ForgotPasswordForm = () => {
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
      <Alert tone="success" title="Check your e-mail">
        <p>
          If an account exists for <strong>{sentTo}</strong>, we've sent it a link to choose a new password. The
          link works for a limited time.
        </p>
        <p>
          Nothing arrived after a few minutes? Check your spam folder, or <Link to={paths.login}>go back to sign in</Link>.
        </p>
      </Alert>
    );
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="form">
      <FormErrors messages={formErrors} />
      <TextField
        label="E-mail address"
        type="email"
        autoComplete="email"
        inputMode="email"
        hint="Use the address you registered with."
        error={errors.email?.message}
        {...register("email")}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel="Sending…">
          Send reset link
        </Button>
        <Link to={paths.login}>Back to sign in</Link>
      </div>
    </form>
  );
};
