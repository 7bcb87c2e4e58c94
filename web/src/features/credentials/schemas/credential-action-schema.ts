import { z } from "zod";

export type CredentialAction = "REVOKE" | "SUSPEND" | "REINSTATE";

/** Revoking and suspending need a reason the holder will read; reinstating doesn't. */
export const credentialActionSchema = (action: CredentialAction) =>
  z.object({
    reason:
      action === "REINSTATE"
        ? z.string()
        : z
            .string()
            .trim()
            .min(3, "Give a reason of at least 3 characters; the holder will see it")
            .max(2000, "Keep the reason under 2,000 characters"),
  });

export type CredentialActionValues = { reason: string };
