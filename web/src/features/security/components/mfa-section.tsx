import { useMutation } from "@apollo/client/react";
import { MfaTotpBeginDocument, type ViewerFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { describeError, stepUpMessage } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { MfaEnrolment } from "./mfa-enrolment";
import { RecoveryCodes } from "./recovery-codes";

type Step =
  | { name: "overview" }
  | { name: "enrolling"; secret: string; otpauthUrl: string }
  | { name: "codes"; recoveryCodes: string[] };

const LOW_RECOVERY_CODES = 3;

/** Two-step sign-in (TOTP): status, enrolment and the one-time recovery codes. */
export const MfaSection = ({ viewer }: { viewer: ViewerFieldsFragment }) => {
  const t = useT("applicant");
  const [step, setStep] = useState<Step>({ name: "overview" });
  const [begin, { loading: beginning }] = useMutation(MfaTotpBeginDocument);
  const [errors, setErrors] = useState<string[]>([]);

  const start = async () => {
    setErrors([]);
    try {
      const { data } = await begin();
      const payload = data?.mfaTotpBegin;
      if (payload?.secret && payload.otpauthUrl) {
        setStep({ name: "enrolling", secret: payload.secret, otpauthUrl: payload.otpauthUrl });
        return;
      }
      const codes = payload?.errors ?? [];
      setErrors(
        codes.some((e) => e.code === "STEP_UP_REQUIRED")
          ? [stepUpMessage()]
          : codes.map((e) => e.message).concat(codes.length ? [] : [t("mfa.startFailed")]),
      );
    } catch (error) {
      setErrors([describeError(error)]);
    }
  };

  if (step.name === "enrolling") {
    return (
      <MfaEnrolment
        secret={step.secret}
        otpauthUrl={step.otpauthUrl}
        onConfirmed={(recoveryCodes) => setStep({ name: "codes", recoveryCodes })}
        onCancel={() => setStep({ name: "overview" })}
      />
    );
  }
  if (step.name === "codes") {
    return <RecoveryCodes codes={step.recoveryCodes} onDone={() => setStep({ name: "overview" })} />;
  }

  return (
    <div className="stack">
      {viewer.mfaEnabled ? (
        <>
          <p className="status-line">
            <span className="status-dot status-on" aria-hidden="true" />
            <strong>{t("mfa.on")}</strong>
          </p>
          <p>
            <Trans text={t("mfa.remaining", { count: viewer.recoveryCodesRemaining })} components={[<strong />]} />
          </p>
          {viewer.recoveryCodesRemaining <= LOW_RECOVERY_CODES && (
            <Alert tone="warning" title={t("mfa.lowTitle")}>
              <p>{t("mfa.lowText")}</p>
            </Alert>
          )}
        </>
      ) : (
        <>
          <p className="status-line">
            <span className="status-dot status-off" aria-hidden="true" />
            <strong>{t("mfa.off")}</strong>
          </p>
          <p>{t("mfa.offText")}</p>
        </>
      )}
      <FormErrors messages={errors} />
      <div className="form-actions">
        <Button
          variant={viewer.mfaEnabled ? "secondary" : "primary"}
          onClick={() => void start()}
          pending={beginning}
          pendingLabel={t("mfa.starting")}
        >
          {viewer.mfaEnabled ? t("mfa.setUpNew") : t("mfa.setUp")}
        </Button>
      </div>
    </div>
  );
};
