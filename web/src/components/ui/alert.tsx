import type { ReactNode } from "react";
import { useT } from "@/lib/i18n";

type AlertProps = {
  tone?: "info" | "success" | "warning" | "error";
  title?: string;
  children?: ReactNode;
  /** Extra content such as an action button, shown under the message. */
  actions?: ReactNode;
};

/** Errors interrupt (role="alert"); everything else is a polite status. */
export const Alert = ({ tone = "info", title, children, actions }: AlertProps) => (
  <div className={`alert alert-${tone}`} role={tone === "error" ? "alert" : "status"}>
    {title && <p className="alert-title">{title}</p>}
    {children && <div className="alert-body">{children}</div>}
    {actions && <div className="alert-actions">{actions}</div>}
  </div>
);

/**
 * The alert region above a form. It is always in the page so screen readers
 * announce messages that appear in it.
 */
export const FormErrors = ({ messages }: { messages: readonly string[] }) => {
  const t = useT();
  return (
  <div role="alert" className={messages.length ? "alert alert-error" : "visually-hidden"}>
    {messages.length === 1 && <p className="alert-title">{messages[0]}</p>}
    {messages.length > 1 && (
      <>
        <p className="alert-title">{t("form.checkFollowing")}</p>
        <ul>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      </>
    )}
  </div>
  );
};
