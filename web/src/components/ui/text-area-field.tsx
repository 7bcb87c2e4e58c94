import type { ReactNode, Ref, TextareaHTMLAttributes } from "react";
import { Field, useFieldIds } from "./field";

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
};

/** A labelled multi-line input whose hint and error are announced with it. */
export const TextAreaField = ({ label, hint, error, optional, id, ref, className, rows = 4, ...props }: TextAreaFieldProps) => {
  const ids = useFieldIds(id, hint, error);
  return (
    <Field ids={ids} label={label} hint={hint} error={error} optional={optional} className={className}>
      <textarea
        {...props}
        ref={ref}
        id={ids.inputId}
        rows={rows}
        className="input textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </Field>
  );
};
