import { useId, type ReactNode } from "react";
import { useT } from "@/lib/i18n";

/** Ids that tie a control to its label, hint and error. */
export type FieldIds = {
  inputId: string;
  hintId: string | undefined;
  errorId: string | undefined;
  /** The control's `aria-describedby`: hint first, then error. */
  describedBy: string | undefined;
};

export const useFieldIds = (id: string | undefined, hint: ReactNode, error: string | undefined): FieldIds => {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return { inputId, hintId, errorId, describedBy };
};

type FieldProps = {
  ids: FieldIds;
  label: string;
  hint?: ReactNode;
  error?: string;
  /** Shown after the label for optional inputs. */
  optional?: boolean;
  className?: string;
  children: ReactNode;
};

/** The frame every labelled control shares: label, hint, the control, error. */
export const Field = ({ ids, label, hint, error, optional, className, children }: FieldProps) => {
  const t = useT();
  return (
  <div className={["field", error ? "field-invalid" : "", className].filter(Boolean).join(" ")}>
    <label htmlFor={ids.inputId} className="field-label">
      {label}
      {optional && <span className="field-optional">{t("field.optional")}</span>}
    </label>
    {hint && (
      <div id={ids.hintId} className="field-hint">
        {hint}
      </div>
    )}
    {children}
    {error && (
      <p id={ids.errorId} className="field-error">
        {error}
      </p>
    )}
  </div>
  );
};
