import { useLanguage } from "@/lib/i18n";
import { passwordRules } from "@/lib/password-policy";

export const PasswordRules = () => {
  useLanguage(); // the rules are read again when the language changes
  return (
    <ul className="hint-list">
      {passwordRules().map((rule) => (
        <li key={rule}>{rule}</li>
      ))}
    </ul>
  );
};
