import { z } from "zod";
import { newPasswordSchema } from "@/lib/password-policy";

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password"),
    newPassword: newPasswordSchema,
  })
  .refine((values) => values.currentPassword !== values.newPassword, {
    message: "Choose a password that is different from your current one",
    path: ["newPassword"],
  });

export type PasswordChangeValues = z.infer<typeof passwordChangeSchema>;
