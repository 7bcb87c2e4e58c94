import type { ReactNode, Ref, SelectHTMLAttributes } from "react";
import { Field, useFieldIds } from "./field";

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  hint?: ReactNode;
  error?: string;
  ref?: Ref<HTMLSelectElement>;
  children: ReactNode;
};

export const SelectField = ({ label, hint, error, id, ref, className, children, ...props }: SelectFieldProps) => {
  const ids = useFieldIds(id, hint, error);
  return (
    <Field ids={ids} label={label} hint={hint} error={error} className={className}>
      <select
        {...props}
        ref={ref}
        id={ids.inputId}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      >
        {children}
      </select>
    </Field>
  );
};
