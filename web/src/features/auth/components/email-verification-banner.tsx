import { useMutation } from "@apollo/client/react";
import { ResendVerificationDocument } from "@ccp/shared";
import { useState } from "react";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export const EmailVerificationBanner = ({ email }: { email: string }) => {
  const t = useT("applicant");
  const [resend, { loading }] = useMutation(ResendVerificationDocument);
  const [result, setResult] = useState<{ tone: "success" | "error"; message: string } | null>(null);

  const onResend = async () => {
    setResult(null);
    try {
      const { data } = await resend();
      const payload = data?.authResendVerification;
      if (payload?.ok) setResult({ tone: "success", message: t("emailBanner.sent", { email }) });
      else setResult({ tone: "error", message: payload?.errors[0]?.message ?? t("emailBanner.failed") });
    } catch (error) {
      setResult({ tone: "error", message: describeError(error) });
    }
  };

  return (
    <Alert
      tone="info"
      title={t("emailBanner.title")}
      actions={
        <Button variant="secondary" onClick={() => void onResend()} pending={loading} pendingLabel={t("emailBanner.sending")}>
          {t("emailBanner.resend")}
        </Button>
      }
    >
      <p>
        <Trans text={t("emailBanner.text", { email })} components={[<strong />]} />
      </p>
      {result && (
        <p className={result.tone === "error" ? "text-error" : "text-success"} role={result.tone === "error" ? "alert" : "status"}>
          {result.message}
        </p>
      )}
    </Alert>
  );
};
