import { useMutation } from "@apollo/client/react";
import { ResendVerificationDocument } from "@ccp/shared";
import { useState } from "react";
import { describeError } from "@/lib/errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export const EmailVerificationBanner = ({ email }: { email: string }) => {
  const [resend, { loading }] = useMutation(ResendVerificationDocument);
  const [result, setResult] = useState<{ tone: "success" | "error"; message: string } | null>(null);

  const onResend = async () => {
    setResult(null);
    try {
      const { data } = await resend();
      const payload = data?.authResendVerification;
      if (payload?.ok) setResult({ tone: "success", message: `We've sent a new link to ${email}.` });
      else setResult({ tone: "error", message: payload?.errors[0]?.message ?? "We couldn't send the e-mail. Please try again." });
    } catch (error) {
      setResult({ tone: "error", message: describeError(error) });
    }
  };

  return (
    <Alert
      tone="info"
      title="Please confirm your e-mail address"
      actions={
        <Button variant="secondary" onClick={() => void onResend()} pending={loading} pendingLabel="Sending…">
          Resend verification e-mail
        </Button>
      }
    >
      <p>
        We sent a link to <strong>{email}</strong>. Confirming it lets us reach you about your applications and
        credentials.
      </p>
      {result && (
        <p className={result.tone === "error" ? "text-error" : "text-success"} role={result.tone === "error" ? "alert" : "status"}>
          {result.message}
        </p>
      )}
    </Alert>
  );
};
