import { z } from "zod";

// Mirrors the server's rules (12–128 characters, no composition rules, not a
// common password). Only the length is checked here; the common-password list
// lives on the server, which answers WEAK_PASSWORD.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_RULES = [
  `At least ${PASSWORD_MIN_LENGTH} characters (up to ${PASSWORD_MAX_LENGTH}).`,
  "Not a common password such as “password123456”.",
  "No need for symbols or numbers: a few unrelated words you'll remember work well.",
] as const;

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`);
