import { z } from "zod";
import { zodMessage } from "@/lib/i18n";

export const loginSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, zodMessage("common", "validation.emailRequired"))
    .pipe(z.email(zodMessage("common", "validation.emailInvalid"))),
  // No length rule here: the sign-in form only checks the password is there.
  password: z.string().min(1, zodMessage("public", "login.passwordRequired")),
});

export type LoginValues = z.infer<typeof loginSchema>;

export const totpCodeSchema = z.object({
  code: z
    .string()
    .transform((value) => value.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, zodMessage("public", "secondFactor.v.totp"))),
});

export const recoveryCodeSchema = z.object({
  code: z.string().trim().min(1, zodMessage("public", "secondFactor.v.recoveryRequired")).max(64, zodMessage("public", "secondFactor.v.recoveryMax")),
});

export type SecondFactorInput = z.input<typeof totpCodeSchema>;
export type SecondFactorValues = z.output<typeof totpCodeSchema>;
