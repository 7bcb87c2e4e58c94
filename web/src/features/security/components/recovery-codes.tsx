import { useState } from "react";
import { useT } from "@/lib/i18n";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type RecoveryCodesProps = { codes: readonly string[]; onDone: () => void };

const FILE_NAME = "carecoreplus-recovery-codes.txt";

/** The copied or downloaded text: a title and a line on how to use them, in the active language. */
const asText = (codes: readonly string[], title: string, text: string) => [title, text, "", ...codes, ""].join("\n");

/** Shown once, right after enrolment: the server keeps only hashes of these. */
export const RecoveryCodes = ({ codes, onDone }: RecoveryCodesProps) => {
  const t = useT("applicant");
  const text = () => asText(codes, t("recoveryCodes.fileTitle"), t("recoveryCodes.fileText"));
  const [copyStatus, setCopyStatus] = useState<string | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setCopyStatus(t("recoveryCodes.copied"));
    } catch {
      setCopyStatus(t("recoveryCodes.copyFailed"));
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([text()], { type: "text/plain" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = FILE_NAME;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className="stack">
      <Alert tone="warning" title={t("recoveryCodes.title")}>
        <p>{t("recoveryCodes.text")}</p>
      </Alert>
      <ol className="recovery-codes" aria-label={t("recoveryCodes.listLabel")}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <Button variant="secondary" onClick={() => void copy()}>
          {t("recoveryCodes.copy")}
        </Button>
        <Button variant="secondary" onClick={download}>
          {t("recoveryCodes.download")}
        </Button>
      </div>
      {copyStatus && <p role="status">{copyStatus}</p>}
      <div className="form-actions">
        <Button onClick={onDone}>{t("recoveryCodes.done")}</Button>
      </div>
    </div>
  );
};
