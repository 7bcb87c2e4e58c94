import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { RegisterDocument } from "@ccp/shared";
import { useMemo, useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { useAuth } from "@/lib/auth";
import { describeError } from "@/lib/errors";
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
        <legend>Your sign-in details</legend>
        <TextField
          label="E-mail address"
          type="email"
          autoComplete="email"
          inputMode="email"
          hint="We'll send a link to confirm it's yours."
          error={errors.email?.message}
          {...register("email")}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={<PasswordRules />}
          error={errors.password?.message}
          {...register("password")}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>About you</legend>
        <div className="field-row">
          <TextField label="First name" autoComplete="given-name" error={errors.firstName?.message} {...register("firstName")} />
          <TextField label="Last name" autoComplete="family-name" error={errors.lastName?.message} {...register("lastName")} />
        </div>
        <TextField
          label="Date of birth"
          type="date"
          autoComplete="bday"
          max={today}
          hint="You need to be 18 or older to use CareCorePlus."
          error={errors.dateOfBirth?.message}
          {...register("dateOfBirth")}
        />
        <TextField label="Phone number" type="tel" autoComplete="tel" optional error={errors.phone?.message} {...register("phone")} />
        <TextField
          label="Organization name"
          autoComplete="organization"
          optional
          hint="The care provider or training provider you work for, if any."
          error={errors.organizationName?.message}
          {...register("organizationName")}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>Your privacy</legend>
        {policyPreview}
        <CheckboxField
          label={`I have read and accept ${policyLabel}.`}
          error={errors.acceptPolicy?.message}
          {...register("acceptPolicy")}
        />
      </fieldset>
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel="Creating your account…">
          Create account
        </Button>
      </div>
    </form>
  );
};
