import type { ButtonHTMLAttributes } from "react";

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: "primary" | "secondary" | "danger" | "link";
  /** While true the button is disabled and shows `pendingLabel`. */
  pending?: boolean;
  pendingLabel?: string;
};

export const Button = ({
  variant = "primary",
  pending = false,
  pendingLabel,
  disabled,
  children,
  className,
  type = "button",
  ...props
}: ButtonProps) => (
  <button
    {...props}
    type={type}
    className={["btn", `btn-${variant}`, className].filter(Boolean).join(" ")}
    disabled={disabled || pending}
    aria-busy={pending || undefined}
  >
    {pending ? (
      <>
        <span className="spinner" aria-hidden="true" />
        {pendingLabel ?? children}
      </>
    ) : (
      children
    )}
  </button>
);
