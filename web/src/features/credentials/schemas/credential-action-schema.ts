import { z } from "zod";
import { zodMessage } from "@/lib/i18n";

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
            .min(3, zodMessage("staff", "credentialAction.v.reasonMin", { min: 3 }))
            .max(2000, zodMessage("staff", "credentialAction.v.reasonMax")),
  });

export type CredentialActionValues = { reason: string };
