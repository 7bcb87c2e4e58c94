import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ChildReportCreateDocument } from "@ccp/shared";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { childReportSchema, toChildReportInput, type ChildReportValues } from "../schemas/child-report-schema";

const FIELDS = ["accountEmail", "details", "reporterContact"] as const;
const DEFAULTS: ChildReportValues = { accountEmail: "", details: "", reporterContact: "" };

/**
 * Anyone can report an account. The thank-you is the same whether or not the
 * account exists, so the form never reveals who has an account.
 */
export const ChildReportForm = () => {
  const t = useT("public");
  const [create] = useMutation(ChildReportCreateDocument);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [sent, setSent] = useState(false);
  const thanksRef = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ChildReportValues>({ resolver: zodResolver(childReportSchema), defaultValues: DEFAULTS });

  useEffect(() => {
    if (sent) thanksRef.current?.focus();
  }, [sent]);

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      const { data } = await create({ variables: { input: toChildReportInput(values) } });
      const payload = data?.childReportCreate;
      if (!payload) throw new Error("empty response");
      if (payload.ok && payload.errors.length === 0) {
        reset(DEFAULTS);
        setSent(true);
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, FIELDS));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  if (sent) {
    return (
      <div ref={thanksRef} tabIndex={-1} className="focus-target stack">
        <Alert tone="success" title={t("underage.thanksTitle")}>
          <p>{t("underage.thanksCheck")}</p>
          <p>{t("underage.thanksPrivacy")}</p>
        </Alert>
        <p>
          <Button variant="secondary" onClick={() => setSent(false)}>
            {t("underage.another")}
          </Button>
        </p>
        <p>
          <Link to={paths.home}>{t("underage.backHome")}</Link>
        </p>
      </div>
    );
  }

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t("underage.formLabel")}>
      <FormErrors messages={formErrors} />
      <TextField
        label={t("underage.email")}
        type="email"
        autoComplete="off"
        hint={t("underage.emailHint")}
        error={errors.accountEmail?.message}
        {...register("accountEmail")}
      />
      <TextAreaField
        label={t("underage.details")}
        rows={5}
        maxLength={5000}
        hint={t("underage.detailsHint")}
        error={errors.details?.message}
        {...register("details")}
      />
      <TextField
        label={t("underage.contact")}
        optional
        autoComplete="email"
        maxLength={300}
        hint={t("underage.contactHint")}
        error={errors.reporterContact?.message}
        {...register("reporterContact")}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("underage.sending")}>
          {t("underage.send")}
        </Button>
      </div>
    </form>
  );
};
