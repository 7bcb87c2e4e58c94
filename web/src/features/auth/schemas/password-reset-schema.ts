import { z } from "zod";
import { newPasswordSchema } from "@/lib/password-policy";

export const forgotPasswordSchema = z.object({
  email: z.string().trim().min(1, "Enter your e-mail address").pipe(z.email("Enter a valid e-mail address")),
});
export type ForgotPasswordValues = z.infer<typeof forgotPasswordSchema>;

export const resetPasswordSchema = z
  .object({
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1, "Type your new password again"),
  })
  .refine((values) => values.newPassword === values.confirmPassword, {
    message: "The two passwords don't match",
    path: ["confirmPassword"],
  });
export type ResetPasswordValues = z.infer<typeof resetPasswordSchema>;
