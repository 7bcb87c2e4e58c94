import { useState } from "react";
import { changeLanguage, LANGUAGES, useLanguage, useT } from "@/lib/i18n";

/** English / Español, each named in its own language; the choice is kept in this browser. */
export const LanguageSwitcher = ({ className }: { className?: string }) => {
  const t = useT();
  const active = useLanguage();
  const [switching, setSwitching] = useState(false);
  return (
    <div role="group" aria-label={t("language.label")} className={["language-switcher", className].filter(Boolean).join(" ")}>
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
            void changeLanguage(code).finally(() => setSwitching(false));
          }}
        >
          {label}
        </button>
      ))}
    </div>
  );
};
