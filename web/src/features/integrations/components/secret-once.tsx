import { useEffect, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";

type SecretOnceProps = { title: string; label: string; secret: string; children?: ReactNode; onDone: () => void };

/** A secret shown only once (API key, webhook signing secret), with a copy button and a clear warning. */
export const SecretOnce = ({ title, label, secret, children, onDone }: SecretOnceProps) => {
  const t = useT("staff");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="secret-once" role="group" aria-label={title} tabIndex={-1}>
      <p className="confirm-title">{title}</p>
      <p>
        <Trans text={t("secretOnce.warning")} components={[<strong />]} />
      </p>
      {children}
      <CopyField label={label} value={secret} copyLabel={t("secretOnce.copy")} />
      <div>
        <Button variant="secondary" onClick={onDone}>
          {t("secretOnce.done")}
        </Button>
      </div>
    </div>
  );
};
