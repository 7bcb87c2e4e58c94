import { z } from "zod";
import { zodMessage } from "@/lib/i18n";
import { newPasswordSchema } from "@/lib/password-policy";

export const forgotPasswordSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, zodMessage("common", "validation.emailRequired"))
    .pipe(z.email(zodMessage("common", "validation.emailInvalid"))),
});
export type ForgotPasswordValues = z.infer<typeof forgotPasswordSchema>;

export const resetPasswordSchema = z
  .object({
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1, zodMessage("public", "reset.confirmRequired")),
  })
  .refine((values) => values.newPassword === values.confirmPassword, {
    ...zodMessage("public", "reset.mismatch"),
    path: ["confirmPassword"],
  });
export type ResetPasswordValues = z.infer<typeof resetPasswordSchema>;
