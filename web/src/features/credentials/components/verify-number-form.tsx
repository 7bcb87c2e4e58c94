import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useNavigate } from "react-router";
import { paths } from "@/app/paths";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { track } from "@/lib/analytics";
import {
  CREDENTIAL_NUMBER_EXAMPLE,
  verifyNumberSchema,
  type VerifyNumberInput,
  type VerifyNumberValues,
} from "../schemas/verify-number-schema";

/** "Check another credential": goes to /verify/<number>. */
export const VerifyNumberForm = () => {
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
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate role="search" aria-label="Check another credential">
      <TextField
          label="Credential number"
          hint={`As printed on the certificate, for example ${CREDENTIAL_NUMBER_EXAMPLE}.`}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          error={errors.number?.message}
          {...register("number")}
        />
      <div className="form-actions">
        <Button type="submit" variant="secondary">
          Check
        </Button>
      </div>
    </form>
  );
};
