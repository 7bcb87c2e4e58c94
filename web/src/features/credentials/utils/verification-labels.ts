import type { VerificationStatus } from "@ccp/shared";

export type VerificationTone = "valid" | "warning" | "invalid";

/**
 * How each answer of credentialVerify looks to the person checking; the words are
 * `verify.status.<STATUS>.label|text` in the public strings.
 */
export const VERIFICATION_TONE: Record<VerificationStatus, VerificationTone> = {
  VALID: "valid",
  EXPIRED: "warning",
  SUSPENDED: "invalid",
  REVOKED: "invalid",
  NOT_FOUND: "invalid",
};

/** The four steps of checking a credential file, in order; labels are `verify.file.steps.<STEP>`. */
export const FILE_STEPS = ["SHAPE", "SIGNATURE", "STATUS", "DATES"] as const;
