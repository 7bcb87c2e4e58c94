import type { ReactNode } from "react";
import { Button } from "./button";

export const LoadingState = ({ label = "Loading…" }: { label?: string }) => (
  <div className="state state-loading" role="status">
    <span className="spinner spinner-large" aria-hidden="true" />
    <span>{label}</span>
  </div>
);

export const ErrorState = ({
  title = "We couldn't load this",
  message,
  onRetry,
}: {
  title?: string;
  message: string;
  onRetry?: () => void;
}) => (
  <div className="state state-error" role="alert">
    <p className="state-title">{title}</p>
    <p>{message}</p>
    {onRetry && (
      <Button variant="secondary" onClick={onRetry}>
        Try again
      </Button>
    )}
  </div>
);

export const EmptyState = ({ title, children }: { title: string; children?: ReactNode }) => (
  <div className="state state-empty">
    <p className="state-title">{title}</p>
    {children}
  </div>
);
