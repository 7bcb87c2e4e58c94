import { CredentialVerifyDocumentDocument, type CredentialVerifyDocumentQuery } from "@ccp/shared";
import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { track } from "@/lib/analytics";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { loadGraphQLFetch } from "@/lib/session";
import { credentialFileProblem, parseCredentialFile, readFileAsText } from "../utils/parse-credential-file";
import { FILE_STEPS } from "../utils/verification-labels";
import { describeVerifyError } from "../utils/verify-errors";

type FileResult = CredentialVerifyDocumentQuery["credentialVerifyDocument"];
type StepState = "ok" | "failed" | "skipped";

const MARK: Record<StepState, string> = { ok: "✓", failed: "✗", skipped: "–" };
const STATE_WORD: Record<StepState, string> = { ok: "verify.file.passed", failed: "verify.file.failed", skipped: "verify.file.notChecked" };
const stepState = (done: FileResult["steps"][number] | undefined): StepState => (!done ? "skipped" : done.ok ? "ok" : "failed");

const FileSteps = ({ result }: { result: FileResult }) => {
  const t = useT("public");
  return (
  <div className={`file-result ${result.valid ? "file-result-valid" : "file-result-invalid"}`} role="status">
    <p className="file-result-title">
      {result.valid ? t("verify.file.valid") : t("verify.file.invalid")}
    </p>
    <ol className="step-list" aria-label={t("verify.file.checks")}>
      {FILE_STEPS.map((step) => {
        const done = result.steps.find((s) => s.step === step);
        const state = stepState(done);
        return (
          <li key={step} className={`step step-${state}`}>
            <span className="step-mark" aria-hidden="true">
              {MARK[state]}
            </span>
            <span className="step-body">
              <span className="step-label">
                {t(`verify.file.steps.${step}`)}
                <span className="visually-hidden">
                  {t(STATE_WORD[state])}
                </span>
              </span>
              <span className="step-message">{done ? done.message : t("verify.file.skipped")}</span>
            </span>
          </li>
        );
      })}
    </ol>
    {result.number && (
      <p>
        <Trans
          text={t("verify.file.numberLine", { number: result.number })}
          components={[<span className="credential-number" />, <Link to={paths.verifyCredential(result.number)} />]}
        />
      </p>
    )}
  </div>
  );
};

/** "Check a credential file": the verifier picks the .json file; it never leaves the page except to be checked. */
export const VerifyFile = () => {
  const t = useT("public");
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<FileResult | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormErrors([]);
    setResult(null);
    if (!file) {
      setFileError(t("verify.file.choose"));
      document.getElementById(inputId)?.focus();
      return;
    }
    const problem = credentialFileProblem(file);
    if (problem) {
      setFileError(problem);
      return;
    }
    setChecking(true);
    try {
      const parsed = parseCredentialFile(await readFileAsText(file));
      if (!parsed.ok) {
        setFileError(parsed.message);
        return;
      }
      // Plain fetch, never cached: the verification page loads without Apollo Client.
      const { queryOrThrow } = await loadGraphQLFetch();
      const data = await queryOrThrow(CredentialVerifyDocumentDocument, { document: parsed.document });
      setResult(data.credentialVerifyDocument);
      track("verification.file-checked");
    } catch (error) {
      setFormErrors([describeVerifyError(error)]);
    } finally {
      setChecking(false);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormErrors messages={formErrors} />
      <div className={["field", fileError ? "field-invalid" : ""].filter(Boolean).join(" ")}>
        <label htmlFor={inputId} className="field-label">
          {t("verify.file.label")}
        </label>
        <div id={hintId} className="field-hint">
          {t("verify.file.hint")}
        </div>
        <input
          id={inputId}
          type="file"
          className="input input-file"
          accept=".json,application/json,application/ld+json,application/vc+ld+json"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={[hintId, fileError ? errorId : ""].filter(Boolean).join(" ")}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setFileError(null);
            setResult(null);
          }}
        />
        {fileError && (
          <p id={errorId} className="field-error" role="alert">
            {fileError}
          </p>
        )}
      </div>
      <div className="form-actions">
        <Button type="submit" variant="secondary" pending={checking} pendingLabel={t("verify.file.submitting")}>
          {t("verify.file.submit")}
        </Button>
      </div>
      {result && <FileSteps result={result} />}
    </form>
  );
};
