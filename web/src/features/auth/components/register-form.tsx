import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { RegisterDocument } from "@ccp/shared";
import { useMemo, useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { useAuth } from "@/lib/auth";
import { describeError } from "@/lib/errors";
import { currentLanguage, useT } from "@/lib/i18n";
import { applyUserErrors } from "@/lib/user-errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/text-field";
import { createRegisterSchema, type RegisterValues } from "../schemas/register-schema";
import { localIsoDate } from "../utils/age";
import { PasswordRules } from "./password-rules";

const FIELDS = [
  "email",
  "password",
  "firstName",
  "lastName",
  "dateOfBirth",
  "phone",
  "organizationName",
  "acceptPolicy",
] as const;

type RegisterFormProps = {
  /** Every current policy version: accepting the box accepts all of them. */
  policyVersionIds: readonly string[];
  /** The policy text, rendered by the page (features don't import each other). */
  policyPreview: ReactNode;
  /** e.g. "the privacy policy" or "the privacy policy and terms of use". */
  policyLabel: string;
};

const emptyToNull = (value: string): string | null => (value === "" ? null : value);

export const RegisterForm = ({ policyVersionIds, policyPreview, policyLabel }: RegisterFormProps) => {
  const t = useT("public");
  const { signIn } = useAuth();
  const [registerAccount] = useMutation(RegisterDocument);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const today = useMemo(() => localIsoDate(), []);
  const schema = useMemo(() => createRegisterSchema(today), [today]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RegisterValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      email: "",
      password: "",
      firstName: "",
      lastName: "",
      dateOfBirth: "",
      phone: "",
      organizationName: "",
      acceptPolicy: false,
    },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      const { data } = await registerAccount({
        variables: {
          input: {
            email: values.email,
            password: values.password,
            firstName: values.firstName,
            lastName: values.lastName,
            dateOfBirth: values.dateOfBirth,
            phone: emptyToNull(values.phone),
            organizationName: emptyToNull(values.organizationName),
            acceptedPolicyVersionIds: [...policyVersionIds],
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
            // E-mails (starting with the confirmation link) come in the language the form is in.
            language: currentLanguage() === "es" ? "ES" : "EN",
          },
        },
      });
      const payload = data?.authRegister;
      if (!payload) throw new Error("empty response");
      if (payload.accessToken && payload.user) {
        signIn(payload.accessToken, payload.user);
        return;
      }
      setFormErrors(
        applyUserErrors(payload.errors, setError, FIELDS, {
          aliases: { acceptedPolicyVersionIds: "acceptPolicy" },
          byCode: {
            EMAIL_TAKEN: "email",
            UNDERAGE: "dateOfBirth",
            WEAK_PASSWORD: "password",
            POLICY_NOT_ACCEPTED: "acceptPolicy",
          },
        }),
      );
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="form">
      <FormErrors messages={formErrors} />
      <fieldset className="fieldset">
        <legend>{t("register.signInDetails")}</legend>
        <TextField
          label={t("email")}
          type="email"
          autoComplete="email"
          inputMode="email"
          hint={t("register.emailHint")}
          error={errors.email?.message}
          {...register("email")}
        />
        <TextField
          label={t("password")}
          type="password"
          autoComplete="new-password"
          hint={<PasswordRules />}
          error={errors.password?.message}
          {...register("password")}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t("register.aboutYou")}</legend>
        <div className="field-row">
          <TextField label={t("register.firstName")} autoComplete="given-name" error={errors.firstName?.message} {...register("firstName")} />
          <TextField label={t("register.lastName")} autoComplete="family-name" error={errors.lastName?.message} {...register("lastName")} />
        </div>
        <TextField
          label={t("register.dateOfBirth")}
          type="date"
          autoComplete="bday"
          max={today}
          hint={t("register.dateOfBirthHint")}
          error={errors.dateOfBirth?.message}
          {...register("dateOfBirth")}
        />
        <TextField label={t("register.phone")} type="tel" autoComplete="tel" optional error={errors.phone?.message} {...register("phone")} />
        <TextField
          label={t("register.organization")}
          autoComplete="organization"
          optional
          hint={t("register.organizationHint")}
          error={errors.organizationName?.message}
          {...register("organizationName")}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t("register.yourPrivacy")}</legend>
        {policyPreview}
        <CheckboxField
          label={t("register.accept", { policy: policyLabel })}
          error={errors.acceptPolicy?.message}
          {...register("acceptPolicy")}
        />
      </fieldset>
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("register.submitting")}>
          {t("register.submit")}
        </Button>
      </div>
    </form>
  );
};
