import { describeError, hasErrorCode } from "@/lib/errors";

export const RATE_LIMITED_MESSAGE = "Too many checks from your network; try again in a minute.";

/** Verification is public and rate-limited per network: say so in plain words. */
export const describeVerifyError = (error: unknown): string =>
  hasErrorCode(error, "RATE_LIMITED") ? RATE_LIMITED_MESSAGE : describeError(error);
