import { useState } from "react";
import { LANGUAGES, useLanguage, useT } from "@/lib/i18n";

/**
 * English / Español, each named in its own language; the choice is kept in this browser and, for a
 * signed-in person (`signedIn`), on the account, so the e-mails we send follow it. Saving on the account
 * happens in the background (lib/account-language.ts, a small chunk of its own: the public pages' entry
 * does not grow); only a failure is shown.
 */
export const LanguageSwitcher = ({ className, signedIn = false }: { className?: string; signedIn?: boolean }) => {
  const t = useT();
  const active = useLanguage();
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
              void import("@/lib/account-language")
                .then(({ switchLanguage }) => switchLanguage(code, signedIn))
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
