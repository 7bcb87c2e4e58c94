import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type RecoveryCodesProps = { codes: readonly string[]; onDone: () => void };

const FILE_NAME = "carecoreplus-recovery-codes.txt";

const asText = (codes: readonly string[]) =>
  [
    "CareCorePlus recovery codes",
    "Each code can be used once to sign in if you can't use your authenticator app.",
    "",
    ...codes,
    "",
  ].join("\n");

/** Shown once, right after enrolment: the server keeps only hashes of these. */
export const RecoveryCodes = ({ codes, onDone }: RecoveryCodesProps) => {
  const [copyStatus, setCopyStatus] = useState<string | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(asText(codes));
      setCopyStatus("Copied. Paste them somewhere safe, such as a password manager.");
    } catch {
      setCopyStatus("Your browser didn't let us copy. Please select the codes and copy them, or download them.");
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([asText(codes)], { type: "text/plain" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = FILE_NAME;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className="stack">
      <Alert tone="warning" title="Save these recovery codes now — you won't see them again">
        <p>
          If you lose your phone, a recovery code lets you sign in. Each code works once. Keep them somewhere safe and
          private, like a password manager or a printed copy at home.
        </p>
      </Alert>
      <ol className="recovery-codes" aria-label="Your recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <Button variant="secondary" onClick={() => void copy()}>
          Copy codes
        </Button>
        <Button variant="secondary" onClick={download}>
          Download as a file
        </Button>
      </div>
      {copyStatus && <p role="status">{copyStatus}</p>}
      <div className="form-actions">
        <Button onClick={onDone}>I've saved my recovery codes</Button>
      </div>
    </div>
  );
};
