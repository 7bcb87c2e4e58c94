import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { applyUserErrors, type UserErrorLike } from "@/lib/user-errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import {
  BILLING_FIELDS,
  billingAddressSchema,
  billingErrorField,
  emptyBillingAddress,
  type BillingAddressParsed,
  type BillingAddressValues,
} from "../schemas/billing-address-schema";

type BillingAddressFormProps = {
  defaultName: string;
  submitLabel: string;
  pendingLabel: string;
  /** Returns the payload's errors; an empty list means it worked. */
  onSubmit: (address: BillingAddressParsed) => Promise<readonly UserErrorLike[]>;
  onCancel?: () => void;
};

/** Billing address for an invoice or card payment. Never any card details: those are typed on the processor's page. */
export const BillingAddressForm = ({ defaultName, submitLabel, pendingLabel, onSubmit, onCancel }: BillingAddressFormProps) => {
  const t = useT("applicant");
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<BillingAddressValues, unknown, BillingAddressParsed>({
    resolver: zodResolver(billingAddressSchema),
    defaultValues: emptyBillingAddress(defaultName),
  });

  const submit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      const problems = await onSubmit(values);
      if (problems.length > 0) {
        setFormErrors(
          applyUserErrors(problems, setError, [...BILLING_FIELDS], {
            nested: (path) => billingErrorField(path) as Path<BillingAddressValues> | undefined,
          }),
        );
      }
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormErrors messages={formErrors} />
      <fieldset className="fieldset">
        <legend className="field-label-legend">{t("billing.legend")}</legend>
        <TextField
          label={t("billing.name")}
          autoComplete="billing name"
          error={errors.name?.message}
          {...register("name")}
        />
        <TextField label={t("billing.line1")} autoComplete="billing address-line1" error={errors.line1?.message} {...register("line1")} />
        <TextField
          label={t("billing.line2")}
          optional
          autoComplete="billing address-line2"
          error={errors.line2?.message}
          {...register("line2")}
        />
        <div className="field-row">
          <TextField label={t("billing.city")} autoComplete="billing address-level2" error={errors.city?.message} {...register("city")} />
          <TextField
            label={t("billing.region")}
            optional
            autoComplete="billing address-level1"
            error={errors.region?.message}
            {...register("region")}
          />
        </div>
        <div className="field-row">
          <TextField
            label={t("billing.postalCode")}
            autoComplete="billing postal-code"
            className="field-short"
            error={errors.postalCode?.message}
            {...register("postalCode")}
          />
          <TextField
            label={t("billing.country")}
            hint={t("billing.countryHint")}
            autoComplete="billing country"
            maxLength={2}
            className="field-short"
            error={errors.country?.message}
            {...register("country")}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={pendingLabel}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
            {t("billing.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
};
