import { useId, useRef, useState, type ReactNode } from "react";
import { useT } from "@/lib/i18n";
import { Button } from "./button";

type CopyFieldProps = {
  label: string;
  value: string;
  hint?: ReactNode;
  /** Text of the copy button, e.g. "Copy link" (default: "Copy"). */
  copyLabel?: string;
};

/**
 * Read-only text with a copy button (share links, secrets shown once). When
 * the browser refuses the clipboard, the text is selected so the person can
 * copy it by hand; the outcome is announced either way.
 */
export const CopyField = ({ label, value, hint, copyLabel }: CopyFieldProps) => {
  const t = useT();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const statusId = `${id}-status`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<"idle" | "copied" | "failed">("idle");

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setOutcome("copied");
    } catch {
      inputRef.current?.focus();
      inputRef.current?.select();
      setOutcome("failed");
    }
  };

  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      )}
      <div className="copy-row">
        <input
          ref={inputRef}
          id={id}
          className="input input-mono"
          readOnly
          value={value}
          onFocus={(event) => event.target.select()}
          aria-describedby={[hintId, statusId].filter(Boolean).join(" ")}
        />
        <Button variant="secondary" onClick={() => void copy()}>
          {copyLabel ?? t("ui.copy")}
        </Button>
      </div>
      <p id={statusId} className="copy-status" aria-live="polite">
        {outcome === "copied" && t("ui.copied")}
        {outcome === "failed" && t("ui.copyFailed")}
      </p>
    </div>
  );
};
