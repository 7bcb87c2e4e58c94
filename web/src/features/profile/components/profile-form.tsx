import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ProfileUpdateDocument, type ViewerFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { profileSchema, type ProfileValues } from "../schemas/profile-schema";
import { formatDateOfBirth } from "../utils/format-date-of-birth";

const FIELDS = ["firstName", "lastName", "phone", "organizationName"] as const;

export const ProfileForm = ({ viewer }: { viewer: ViewerFieldsFragment }) => {
  const t = useT("applicant");
  const [updateProfile] = useMutation(ProfileUpdateDocument);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<ProfileValues>({
    resolver: zodResolver(profileSchema),
    defaultValues: {
      firstName: viewer.firstName,
      lastName: viewer.lastName,
      phone: viewer.phone ?? "",
      organizationName: viewer.organizationName ?? "",
    },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormErrors([]);
    setSaved(false);
    try {
      const { data } = await updateProfile({
        variables: {
          input: {
            firstName: values.firstName,
            lastName: values.lastName,
            // The API documents an empty string as "clear this value".
            phone: values.phone,
            organizationName: values.organizationName,
          },
        },
      });
      const payload = data?.profileUpdate;
      if (!payload) throw new Error("empty response");
      if (payload.user && payload.errors.length === 0) {
        reset(values);
        setSaved(true);
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, FIELDS));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="form">
      <FormErrors messages={formErrors} />
      {saved && !isDirty && <Alert tone="success" title={t("profileForm.saved")} />}
      <dl className="readonly-list">
        <div>
          <dt>{t("profileForm.email")}</dt>
          <dd>{viewer.email}</dd>
        </div>
        <div>
          <dt>{t("profileForm.dateOfBirth")}</dt>
          <dd>{viewer.dateOfBirth ? formatDateOfBirth(viewer.dateOfBirth) : t("profileForm.notRecorded")}</dd>
        </div>
      </dl>
      <p className="muted">{t("profileForm.cantChange")}</p>
      <div className="field-row">
        <TextField label={t("profileForm.firstName")} autoComplete="given-name" error={errors.firstName?.message} {...register("firstName")} />
        <TextField label={t("profileForm.lastName")} autoComplete="family-name" error={errors.lastName?.message} {...register("lastName")} />
      </div>
      <TextField label={t("profileForm.phone")} type="tel" autoComplete="tel" optional error={errors.phone?.message} {...register("phone")} />
      <TextField
        label={t("profileForm.organization")}
        autoComplete="organization"
        optional
        error={errors.organizationName?.message}
        {...register("organizationName")}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("profileForm.saving")} disabled={!isDirty}>
          {t("profileForm.save")}
        </Button>
      </div>
    </form>
  );
};
