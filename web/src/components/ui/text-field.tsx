import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { Field, useFieldIds } from "./field";

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  hint?: ReactNode;
  error?: string;
  /** Shown after the label for optional inputs. */
  optional?: boolean;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled input whose hint and error are announced with it. */
export const TextField = ({ label, hint, error, optional, id, ref, className, ...props }: TextFieldProps) => {
  const ids = useFieldIds(id, hint, error);
  return (
    <Field ids={ids} label={label} hint={hint} error={error} optional={optional} className={className}>
      <input
        {...props}
        ref={ref}
        id={ids.inputId}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </Field>
  );
};
