import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { MfaTotpConfirmDocument } from "@ccp/shared";
import { toDataURL } from "qrcode";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { applyUserErrors } from "@/lib/user-errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { mfaCodeSchema, type MfaCodeInput, type MfaCodeValues } from "../schemas/mfa-code-schema";
import { groupSecret } from "../utils/group-secret";

type MfaEnrolmentProps = {
  secret: string;
  otpauthUrl: string;
  onConfirmed: (recoveryCodes: string[]) => void;
  onCancel: () => void;
};

export const MfaEnrolment = ({ secret, otpauthUrl, onConfirmed, onCancel }: MfaEnrolmentProps) => {
  const [qrCode, setQrCode] = useState<string | null>(null);
  const [confirm] = useMutation(MfaTotpConfirmDocument);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MfaCodeInput, unknown, MfaCodeValues>({ resolver: zodResolver(mfaCodeSchema), defaultValues: { code: "" } });

  useEffect(() => {
    let active = true;
    toDataURL(otpauthUrl, { margin: 2, width: 232, errorCorrectionLevel: "M" }).then(
      (url) => active && setQrCode(url),
      () => active && setQrCode(null),
    );
    return () => {
      active = false;
    };
  }, [otpauthUrl]);

  const onSubmit = handleSubmit(async ({ code }) => {
    setFormErrors([]);
    try {
      const { data } = await confirm({ variables: { code } });
      const payload = data?.mfaTotpConfirm;
      if (!payload) throw new Error("empty response");
      if (payload.recoveryCodes && payload.errors.length === 0) {
        onConfirmed(payload.recoveryCodes);
        return;
      }
      setFormErrors(applyUserErrors(payload.errors, setError, ["code"], { byCode: { MFA_INVALID: "code" } }));
    } catch (error) {
      setFormErrors([describeError(error)]);
    }
  });

  return (
    <div className="stack">
      <ol className="steps">
        <li>
          <p>
            Install an authenticator app on your phone, if you don't have one yet — for example Google Authenticator,
            Microsoft Authenticator or 2FAS.
          </p>
        </li>
        <li>
          <p>In the app, add a new account and scan this QR code:</p>
          <div className="qr-frame">
            {qrCode ? (
              <img src={qrCode} width={232} height={232} alt="QR code to add CareCorePlus to your authenticator app" />
            ) : (
              <span className="muted">Preparing the QR code…</span>
            )}
          </div>
          <p>Can't scan it? Choose “enter a setup key” in the app and type this key:</p>
          <p>
            <code className="secret">{groupSecret(secret)}</code>
          </p>
        </li>
        <li>
          <p>Enter the 6-digit code the app now shows for CareCorePlus.</p>
          <form onSubmit={(event) => void onSubmit(event)} noValidate className="form">
            <FormErrors messages={formErrors} />
            <TextField
              label="6-digit code"
              autoComplete="one-time-code"
              inputMode="numeric"
              spellCheck={false}
              error={errors.code?.message}
              {...register("code")}
            />
            <div className="form-actions">
              <Button type="submit" pending={isSubmitting} pendingLabel="Checking…">
                Turn on two-step sign-in
              </Button>
              <Button variant="link" onClick={onCancel}>
                Cancel
              </Button>
            </div>
          </form>
        </li>
      </ol>
    </div>
  );
};
