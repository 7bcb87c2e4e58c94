import { z } from "zod";
import { zodMessage } from "@/lib/i18n";

export const mfaCodeSchema = z.object({
  code: z
    .string()
    .transform((value) => value.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, zodMessage("applicant", "mfa.v.code"))),
});

export type MfaCodeInput = z.input<typeof mfaCodeSchema>;
export type MfaCodeValues = z.output<typeof mfaCodeSchema>;
