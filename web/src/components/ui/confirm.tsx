import { useEffect, useRef, type ReactNode } from "react";
import { useT } from "@/lib/i18n";
import { Button } from "./button";

type ConfirmProps = {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  pending?: boolean;
  tone?: "primary" | "danger";
  /** Keeps the confirm button disabled, e.g. until a confirmation word is typed. */
  confirmDisabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * An in-page "are you sure?" box shown where the action was started (works
 * on small screens and with screen readers, unlike a pop-up). It takes focus
 * when it appears.
 */
export const Confirm = ({
  title,
  children,
  confirmLabel,
  pendingLabel,
  pending,
  tone = "primary",
  confirmDisabled = false,
  onConfirm,
  onCancel,
}: ConfirmProps) => {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="confirm" role="group" aria-label={title} tabIndex={-1}>
      <p className="confirm-title">{title}</p>
      {children}
      <div className="form-actions">
        <Button variant={tone} onClick={onConfirm} pending={pending} pendingLabel={pendingLabel} disabled={confirmDisabled}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          {t("ui.cancel")}
        </Button>
      </div>
    </div>
  );
};
