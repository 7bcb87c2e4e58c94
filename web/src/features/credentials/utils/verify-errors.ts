import { describeError, hasErrorCode } from "@/lib/errors";
import { translate } from "@/lib/i18n";

/** Verification is public and rate-limited per network: say so in plain words. */
export const describeVerifyError = (error: unknown): string =>
  hasErrorCode(error, "RATE_LIMITED") ? translate("public", "verify.rateLimited") : describeError(error);
