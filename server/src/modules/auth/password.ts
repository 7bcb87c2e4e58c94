import { Algorithm, hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

/** OWASP / SECURITY.md: argon2id, m = 19456 KiB, t = 2, p = 1. */
export const ARGON2_PARAMS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

const COMMON = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));

export type PasswordProblem = "TOO_SHORT" | "TOO_LONG" | "COMMON";

/**
 * NIST 800-63B rules: length by Unicode code points, no composition rules, no truncation, and
 * never a password from the bundled common-password list (zxcvbn-ts, ~49k entries).
 */
export function checkPassword(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return "TOO_SHORT";
  if (length > PASSWORD_MAX) return "TOO_LONG";
  if (COMMON.has(password.toLowerCase())) return "COMMON";
  return null;
}

export function passwordProblemMessage(p: PasswordProblem): string {
  switch (p) {
    case "TOO_SHORT":
      return `Use at least ${PASSWORD_MIN} characters. A short sentence works well.`;
    case "TOO_LONG":
      return `Use at most ${PASSWORD_MAX} characters.`;
    case "COMMON":
      return "This password is too common and easy to guess. Please choose another.";
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFKC"), ARGON2_PARAMS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize("NFKC"));
  } catch {
    return false;
  }
}

/** True when the stored hash was made with other parameters than today's (rehash on login). */
export function needsRehash(passwordHash: string): boolean {
  return !passwordHash.startsWith(`$argon2id$v=19$m=${ARGON2_PARAMS.memoryCost},t=${ARGON2_PARAMS.timeCost},p=${ARGON2_PARAMS.parallelism}$`);
}

/** A fixed hash to verify against when the account does not exist, so timing does not tell. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("not-a-real-password-for-timing-only");
  return dummyHash;
}
