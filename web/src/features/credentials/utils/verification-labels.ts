import type { VerificationStatus } from "@ccp/shared";

export type VerificationTone = "valid" | "warning" | "invalid";

/** How each answer of credentialVerify is shown to the person checking. */
export const VERIFICATION_STATUS: Record<VerificationStatus, { label: string; tone: VerificationTone; text: string }> = {
  VALID: {
    label: "Valid",
    tone: "valid",
    text: "This credential was issued by CareCorePlus and is in good standing today.",
  },
  EXPIRED: {
    label: "Expired",
    tone: "warning",
    text: "This credential was issued by CareCorePlus, but its validity period has ended. It is no longer current.",
  },
  SUSPENDED: {
    label: "Suspended",
    tone: "invalid",
    text: "CareCorePlus has suspended this credential. It is not valid while the suspension lasts.",
  },
  REVOKED: {
    label: "Revoked",
    tone: "invalid",
    text: "CareCorePlus has revoked this credential. It is no longer valid.",
  },
  NOT_FOUND: {
    label: "We could not find this credential",
    tone: "invalid",
    text: "No CareCorePlus credential has this number. Check the number on the certificate and try again.",
  },
};

/** The four steps of checking a credential file, in order, in plain words. */
export const FILE_STEPS = [
  { step: "SHAPE", label: "It is a credential file" },
  { step: "SIGNATURE", label: "Signed by CareCorePlus and not changed" },
  { step: "STATUS", label: "Not revoked or suspended" },
  { step: "DATES", label: "Within its validity dates" },
] as const;

export const fileStepLabel = (step: string): string => FILE_STEPS.find((s) => s.step === step)?.label ?? step;
