import { useEffect, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";

type SecretOnceProps = { title: string; label: string; secret: string; children?: ReactNode; onDone: () => void };

/** A secret shown only once (API key, webhook signing secret), with a copy button and a clear warning. */
export const SecretOnce = ({ title, label, secret, children, onDone }: SecretOnceProps) => {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="secret-once" role="group" aria-label={title} tabIndex={-1}>
      <p className="confirm-title">{title}</p>
      <p>
        <strong>Copy it now and store it safely.</strong> For security we show it only this once: if it's lost, create a
        new one.
      </p>
      {children}
      <CopyField label={label} value={secret} copyLabel="Copy" />
      <div>
        <Button variant="secondary" onClick={onDone}>
          I've stored it safely
        </Button>
      </div>
    </div>
  );
};
