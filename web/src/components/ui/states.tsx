import type { ReactNode } from "react";
import { useT } from "@/lib/i18n";
import { Button } from "./button";

export const LoadingState = ({ label }: { label?: string }) => {
  const t = useT();
  return (
    <div className="state state-loading" role="status">
      <span className="spinner spinner-large" aria-hidden="true" />
      <span>{label ?? t("states.loading")}</span>
    </div>
  );
};

export const ErrorState = ({ title, message, onRetry }: { title?: string; message: string; onRetry?: () => void }) => {
  const t = useT();
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{title ?? t("states.loadError")}</p>
      <p>{message}</p>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {t("states.tryAgain")}
        </Button>
      )}
    </div>
  );
};

export const EmptyState = ({ title, children }: { title: string; children?: ReactNode }) => (
  <div className="state state-empty">
    <p className="state-title">{title}</p>
    {children}
  </div>
);
