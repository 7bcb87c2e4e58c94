import { PASSWORD_RULES } from "@/lib/password-policy";

export const PasswordRules = () => (
  <ul className="hint-list">
    {PASSWORD_RULES.map((rule) => (
      <li key={rule}>{rule}</li>
    ))}
  </ul>
);
