import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { OrganizationInvitationsDocument, OrganizationInviteDocument } from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { inviteSchema, type InviteValues } from "../schemas/invite-schema";

/** Owners invite colleagues by e-mail; the link works for 7 days, for that address only. */
export const InviteForm = ({ organizationId, organizationName }: { organizationId: string; organizationName: string }) => {
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
          `We've e-mailed an invitation to ${values.email}. The link works until ${formatDate(payload.expiresAt)}, for that address only.`,
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
      {sent && <Alert tone="success" title="Invitation sent">{sent}</Alert>}
      <div className="field-row">
        <TextField
          label="E-mail address"
          type="email"
          autoComplete="off"
          hint={`They'll get a link to join ${organizationName}. If they have no account yet, they can create one first.`}
          error={errors.email?.message}
          {...register("email")}
        />
        <SelectField
          label="Role"
          hint="Members work on the organization's programs. Owners can also invite and remove people."
          error={errors.role?.message}
          {...register("role")}
        >
          <option value="MEMBER">Member</option>
          <option value="OWNER">Owner</option>
        </SelectField>
      </div>
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel="Sending invitation…">
          Send invitation
        </Button>
      </div>
    </form>
  );
};
