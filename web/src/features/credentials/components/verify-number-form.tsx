import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useNavigate } from "react-router";
import { paths } from "@/app/paths";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { track } from "@/lib/analytics";
import { useT } from "@/lib/i18n";
import {
  CREDENTIAL_NUMBER_EXAMPLE,
  verifyNumberSchema,
  type VerifyNumberInput,
  type VerifyNumberValues,
} from "../schemas/verify-number-schema";

/** "Check another credential": goes to /verify/<number>. */
export const VerifyNumberForm = () => {
  const t = useT("public");
  const navigate = useNavigate();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<VerifyNumberInput, unknown, VerifyNumberValues>({
    resolver: zodResolver(verifyNumberSchema),
    defaultValues: { number: "" },
  });

  const onSubmit = handleSubmit((values) => {
    reset({ number: "" });
    track("verification.number-checked");
    void navigate(paths.verifyCredential(values.number));
  });

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate role="search" aria-label={t("verify.form.label")}>
      <TextField
          label={t("verify.number")}
          hint={t("verify.form.hint", { example: CREDENTIAL_NUMBER_EXAMPLE })}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          error={errors.number?.message}
          {...register("number")}
        />
      <div className="form-actions">
        <Button type="submit" variant="secondary">
          {t("verify.form.submit")}
        </Button>
      </div>
    </form>
  );
};
