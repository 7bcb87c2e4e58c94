import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from "react";

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & {
  label: ReactNode;
  error?: string;
  ref?: Ref<HTMLInputElement>;
};

export const CheckboxField = ({ label, error, id, ref, ...props }: CheckboxFieldProps) => {
  const generated = useId();
  const inputId = id ?? generated;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className={["field", "field-checkbox", error ? "field-invalid" : ""].filter(Boolean).join(" ")}>
      <div className="checkbox-row">
        <input
          {...props}
          ref={ref}
          id={inputId}
          type="checkbox"
          className="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
        />
        <label htmlFor={inputId}>{label}</label>
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
};
