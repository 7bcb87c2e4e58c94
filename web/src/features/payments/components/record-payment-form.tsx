import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { PaymentRecordOfflineDocument } from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { applyUserErrors } from "@/lib/user-errors";
import { formatMoney } from "@/lib/money";
import { useT } from "@/lib/i18n";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { recordPaymentSchema, type RecordPaymentValues } from "../schemas/record-payment-schema";

type RecordPaymentFormProps = {
  payment: { id: string; invoiceNumber: string; amountCents: number; currency: string };
  onDone: (message: string) => void;
  onCancel: () => void;
};

/** Staff confirm that an invoice was paid by transfer; the payer gets a receipt. */
export const RecordPaymentForm = ({ payment, onDone, onCancel }: RecordPaymentFormProps) => {
  const t = useT("staff");
  const [record] = useMutation(PaymentRecordOfflineDocument);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RecordPaymentValues>({ resolver: zodResolver(recordPaymentSchema), defaultValues: { reference: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      const { data } = await record({ variables: { id: payment.id, reference: values.reference } });
      const payload = data?.paymentRecordOffline;
      if (!payload) throw new Error("empty response");
      if (payload.payment && payload.errors.length === 0) {
        onDone(t("recordPayment.done", { invoice: payment.invoiceNumber }));
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, ["reference"]));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form className="form confirm" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t("recordPayment.label", { invoice: payment.invoiceNumber })}>
      <p className="confirm-title">
        {t("recordPayment.title", { invoice: payment.invoiceNumber, amount: formatMoney(payment.amountCents, payment.currency) })}
      </p>
      <p>{t("recordPayment.text")}</p>
      <FormErrors messages={formErrors} />
      <TextField
        label={t("recordPayment.reference")}
        hint={t("recordPayment.referenceHint")}
        autoComplete="off"
        autoFocus
        error={errors.reference?.message}
        {...register("reference")}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("recordPayment.recording")}>
          {t("recordPayment.submit")}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={isSubmitting}>
          {t("recordPayment.cancel")}
        </Button>
      </div>
    </form>
  );
};
