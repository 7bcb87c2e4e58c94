import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { ProfileUpdateDocument, type ViewerFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { applyUserErrors } from "@/lib/user-errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { profileSchema, type ProfileValues } from "../schemas/profile-schema";
import { formatDateOfBirth } from "../utils/format-date-of-birth";

const FIELDS = ["firstName", "lastName", "phone", "organizationName"] as const;

export const ProfileForm = ({ viewer }: { viewer: ViewerFieldsFragment }) => {
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
      {saved && !isDirty && <Alert tone="success" title="Your profile has been saved" />}
      <dl className="readonly-list">
        <div>
          <dt>E-mail address</dt>
          <dd>{viewer.email}</dd>
        </div>
        <div>
          <dt>Date of birth</dt>
          <dd>{viewer.dateOfBirth ? formatDateOfBirth(viewer.dateOfBirth) : "Not recorded"}</dd>
        </div>
      </dl>
      <p className="muted">
        Your e-mail address and date of birth can't be changed here. If either is wrong, please contact us.
      </p>
      <div className="field-row">
        <TextField label="First name" autoComplete="given-name" error={errors.firstName?.message} {...register("firstName")} />
        <TextField label="Last name" autoComplete="family-name" error={errors.lastName?.message} {...register("lastName")} />
      </div>
      <TextField label="Phone number" type="tel" autoComplete="tel" optional error={errors.phone?.message} {...register("phone")} />
      <TextField
        label="Organization name"
        autoComplete="organization"
        optional
        error={errors.organizationName?.message}
        {...register("organizationName")}
      />
      <div className="form-actions">
        <Button type="submit" pending={isSubmitting} pendingLabel="Saving…" disabled={!isDirty}>
          Save changes
        </Button>
      </div>
    </form>
  );
};
