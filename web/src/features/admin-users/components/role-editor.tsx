import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { UserRolesUpdateDocument, type AdminUserRowFragment } from "@ccp/shared";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useViewer } from "@/lib/auth";
import { describeError } from "@/lib/errors";
import { roleLabel } from "@/lib/roles";
import { applyUserErrors } from "@/lib/user-errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ALL_ROLES, gainsStaffRole, normaliseRoles, rolesSchema, type RolesValues } from "../schemas/roles-schema";

const ROLE_HINT = {
  APPLICANT: "Can apply for certification and accreditation.",
  REVIEWER: "Can review applications and make decisions.",
  ADMIN: "Can manage people, the catalogue, the rubric and settings.",
} as const;

type Props = { user: AdminUserRowFragment; onDone: (message: string) => void; onCancel: () => void };

export const RoleEditor = ({ user, onDone, onCancel }: Props) => {
  const viewer = useViewer();
  const [update] = useMutation(UserRolesUpdateDocument);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<RolesValues>({ resolver: zodResolver(rolesSchema), defaultValues: { roles: [...user.roles] } });
  const chosen = useWatch({ control, name: "roles" });
  const self = user.id === viewer.id;

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    try {
      const roles = normaliseRoles(values.roles);
      const { data } = await update({ variables: { id: user.id, input: { roles } } });
      const payload = data?.userRolesUpdate;
      if (!payload) throw new Error("empty response");
      if (payload.user && payload.errors.length === 0) {
        const staffNote =
          gainsStaffRole(user.roles, roles) && !user.mfaEnabled
            ? " They must turn on two-step sign-in before they can use the staff area."
            : "";
        onDone(`Roles of ${user.firstName} ${user.lastName} saved.${staffNote}`);
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, ["roles"]));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h2 className="form-step-title">
        Roles of {user.firstName} {user.lastName}
      </h2>
      <FormErrors messages={formErrors} />
      <fieldset className={["fieldset", errors.roles ? "field-invalid" : ""].filter(Boolean).join(" ")}>
        <legend className="field-label-legend">Choose one or more roles</legend>
        {ALL_ROLES.map((role) => (
          <label key={role} className="checkbox-inline checkbox-described">
            <input type="checkbox" className="checkbox" value={role} {...register("roles")} />
            <span>
              <strong>{roleLabel(role)}</strong>
              <span className="cell-sub">{ROLE_HINT[role]}</span>
            </span>
          </label>
        ))}
        {errors.roles && <p className="field-error">{errors.roles.message}</p>}
      </fieldset>
      {self && !chosen.includes("ADMIN") && (
        <p className="text-error">You are removing your own administrator role. You'll lose access to this page.</p>
      )}
      <p className="muted">Changes take effect on the person's next action.</p>
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel="Saving roles…" disabled={!isDirty}>
          Save roles
        </Button>
        <Button variant="link" onClick={onCancel} disabled={isSubmitting}>
          Cancel
        </Button>
      </div>
    </form>
  );
};
