import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { OrganizationInvitationsDocument, OrganizationInviteDocument } from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { inviteSchema, type InviteValues } from "../schemas/invite-schema";

/** Owners invite colleagues by e-mail; the link works for 7 days, for that address only. */
export const InviteForm = ({ organizationId, organizationName }: { organizationId: string; organizationName: string }) => {
  const t = useT("applicant");
  const [invite] = useMutation(OrganizationInviteDocument, { refetchQueries: [{ query: OrganizationInvitationsDocument, variables: { organizationId } }] });
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [sent, setSent] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<InviteValues>({ resolver: zodResolver(inviteSchema), defaultValues: { email: "", role: "MEMBER" } });

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    setSent(null);
    try {
      const { data } = await invite({ variables: { organizationId, input: { email: values.email, role: values.role } } });
      const payload = data?.organizationInvite;
      if (!payload) throw new Error("empty response");
      if (payload.errors.length === 0) {
        reset({ email: "", role: "MEMBER" });
        setSent(
          t("invite.sentText", { email: values.email, date: formatDate(payload.expiresAt) }),
        );
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, ["email", "role"]));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormErrors messages={formErrors} />
      {sent && <Alert tone="success" title={t("invite.sent")}>{sent}</Alert>}
      <div className="field-row">
        <TextField
          label={t("invite.email")}
          type="email"
          autoComplete="off"
          hint={t("invite.emailHint", { name: organizationName })}
          error={errors.email?.message}
          {...register("email")}
        />
        <SelectField
          label={t("invite.role")}
          hint={t("invite.roleHint")}
          error={errors.role?.message}
          {...register("role")}
        >
          <option value="MEMBER">{t("members.role.MEMBER")}</option>
          <option value="OWNER">{t("members.role.OWNER")}</option>
        </SelectField>
      </div>
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("invite.sending")}>
          {t("invite.send")}
        </Button>
      </div>
    </form>
  );
};
