import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { MfaTotpConfirmDocument } from "@ccp/shared";
import { toDataURL } from "qrcode";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
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
  const t = useT("applicant");
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
          <p>{t("mfa.installApp")}</p>
        </li>
        <li>
          <p>{t("mfa.scan")}</p>
          <div className="qr-frame">
            {qrCode ? (
              <img src={qrCode} width={232} height={232} alt={t("mfa.qrAlt")} />
            ) : (
              <span className="muted">{t("mfa.preparingQr")}</span>
            )}
          </div>
          <p>{t("mfa.cantScan")}</p>
          <p>
            <code className="secret">{groupSecret(secret)}</code>
          </p>
        </li>
        <li>
          <p>{t("mfa.enterCode")}</p>
          <form onSubmit={(event) => void onSubmit(event)} noValidate className="form">
            <FormErrors messages={formErrors} />
            <TextField
              label={t("mfa.codeLabel")}
              autoComplete="one-time-code"
              inputMode="numeric"
              spellCheck={false}
              error={errors.code?.message}
              {...register("code")}
            />
            <div className="form-actions">
              <Button type="submit" pending={isSubmitting} pendingLabel={t("mfa.checking")}>
                {t("mfa.turnOn")}
              </Button>
              <Button variant="link" onClick={onCancel}>
                {t("mfa.cancel")}
              </Button>
            </div>
          </form>
        </li>
      </ol>
    </div>
  );
};
