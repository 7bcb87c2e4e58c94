import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ChildReportCreateDocument } from "@ccp/shared";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
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
        <Alert tone="success" title="Thank you. We've received your report.">
          <p>
            We look into every report quickly. If the account belongs to someone under 18, we delete it and the personal
            information in it.
          </p>
          <p>
            To protect everyone's privacy, we can't tell you whether the account exists or what we decided. If you gave us a
            way to reach you, we may contact you if we need to know more.
          </p>
        </Alert>
        <p>
          <Button variant="secondary" onClick={() => setSent(false)}>
            Report another account
          </Button>
        </p>
        <p>
          <Link to={paths.home}>Back to the home page</Link>
        </p>
      </div>
    );
  }

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Report an account">
      <FormErrors messages={formErrors} />
      <TextField
        label="E-mail address of the account"
        type="email"
        autoComplete="off"
        hint="The address the account was created with, if you know it."
        error={errors.accountEmail?.message}
        {...register("accountEmail")}
      />
      <TextAreaField
        label="Why do you think the account holder is under 18?"
        rows={5}
        maxLength={5000}
        hint="For example, something they said or their school year. Please don't send photos or documents."
        error={errors.details?.message}
        {...register("details")}
      />
      <TextField
        label="How can we contact you?"
        optional
        autoComplete="email"
        maxLength={300}
        hint="An e-mail address or phone number, only if you're happy for us to ask you more. We never tell the account holder who reported them."
        error={errors.reporterContact?.message}
        {...register("reporterContact")}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel="Sending your report…">
          Send report
        </Button>
      </div>
    </form>
  );
};
