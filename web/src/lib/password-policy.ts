import { z } from "zod";
import { translate, zodMessage } from "./i18n";

// Mirrors the server's rules (12–128 characters, no composition rules, not a
// common password). Only the length is checked here; the common-password list
// lives on the server, which answers WEAK_PASSWORD.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const limits = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };

/** The rules shown under every new-password input, in the active language. */
export const passwordRules = (): string[] => [
  translate("common", "password.rules.length", limits),
  translate("common", "password.rules.common"),
  translate("common", "password.rules.words"),
];

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, zodMessage("common", "validation.passwordMin", limits))
  .max(PASSWORD_MAX_LENGTH, zodMessage("common", "validation.passwordMax", limits));
