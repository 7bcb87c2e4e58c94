import { useState } from "react";
import { switchLanguage } from "@/lib/account-language";
import { useAuth, useViewerSync } from "@/lib/auth";
import { LANGUAGES, useLanguage, useT } from "@/lib/i18n";

/**
 * English / Español, each named in its own language; the choice is kept in this browser and, for a
 * signed-in person, on the account (the e-mails we send follow it). Saving on the account happens in
 * the background; only a failure is shown.
 */
export const LanguageSwitcher = ({ className }: { className?: string }) => {
  const t = useT();
  const active = useLanguage();
  const { status } = useAuth();
  const { replaceViewer } = useViewerSync();
  const [switching, setSwitching] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  return (
    <div className={["language-switcher-wrap", className].filter(Boolean).join(" ")}>
      <div role="group" aria-label={t("language.label")} className="language-switcher">
        {LANGUAGES.map(({ code, label }) => (
          <button
            key={code}
            type="button"
            lang={code}
            className="language-option"
            aria-pressed={code === active}
            disabled={switching}
            onClick={() => {
              if (code === active) return;
              setSwitching(true);
              setSaveFailed(false);
              void switchLanguage(code, status === "authenticated")
                .then((viewer) => viewer && replaceViewer(viewer))
                .catch(() => setSaveFailed(true))
                .finally(() => setSwitching(false));
            }}
          >
            {label}
          </button>
        ))}
      </div>
      {saveFailed && (
        <p role="alert" className="language-save-error">
          {t("language.saveFailed")}
        </p>
      )}
    </div>
  );
};
