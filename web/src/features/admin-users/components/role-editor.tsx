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
import { useT } from "@/lib/i18n";
import { ALL_ROLES, gainsStaffRole, normaliseRoles, rolesSchema, type RolesValues } from "../schemas/roles-schema";

type Props = { user: AdminUserRowFragment; onDone: (message: string) => void; onCancel: () => void };

export const RoleEditor = ({ user, onDone, onCancel }: Props) => {
  const viewer = useViewer();
  const t = useT("staff");
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
        const name = `${user.firstName} ${user.lastName}`;
        onDone(t(gainsStaffRole(user.roles, roles) && !user.mfaEnabled ? "roles.savedNeedsMfa" : "roles.saved", { name }));
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, ["roles"]));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h2 className="form-step-title">{t("roles.title", { name: `${user.firstName} ${user.lastName}` })}</h2>
      <FormErrors messages={formErrors} />
      <fieldset className={["fieldset", errors.roles ? "field-invalid" : ""].filter(Boolean).join(" ")}>
        <legend className="field-label-legend">{t("roles.choose")}</legend>
        {ALL_ROLES.map((role) => (
          <label key={role} className="checkbox-inline checkbox-described">
            <input type="checkbox" className="checkbox" value={role} {...register("roles")} />
            <span>
              <strong>{roleLabel(role)}</strong>
              <span className="cell-sub">{t(`roles.hint.${role}`)}</span>
            </span>
          </label>
        ))}
        {errors.roles && <p className="field-error">{errors.roles.message}</p>}
      </fieldset>
      {self && !chosen.includes("ADMIN") && (
        <p className="text-error">{t("roles.removingOwnAdmin")}</p>
      )}
      <p className="muted">{t("roles.takesEffect")}</p>
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("roles.saving")} disabled={!isDirty}>
          {t("roles.save")}
        </Button>
        <Button variant="link" onClick={onCancel} disabled={isSubmitting}>
          {t("roles.cancel")}
        </Button>
      </div>
    </form>
  );
};
