import { z } from "zod";
import { zodMessage } from "@/lib/i18n";

/** Credential numbers look like CCP-2026-7KQ4-MX2D; spaces and lower case are forgiven. */
export const CREDENTIAL_NUMBER_EXAMPLE = "CCP-2026-7KQ4-MX2D";

export const normaliseCredentialNumber = (text: string): string => text.trim().toUpperCase().replace(/\s+/g, "");

export const verifyNumberSchema = z.object({
  number: z
    .string()
    .transform(normaliseCredentialNumber)
    .pipe(
      z
        .string()
        .min(1, zodMessage("public", "verify.form.required"))
        .max(64, zodMessage("public", "verify.form.tooLong", { example: CREDENTIAL_NUMBER_EXAMPLE })),
    ),
});

export type VerifyNumberInput = z.input<typeof verifyNumberSchema>;
export type VerifyNumberValues = z.output<typeof verifyNumberSchema>;
