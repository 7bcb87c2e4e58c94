import { z } from "zod";
import { zodMessage } from "@/lib/i18n";
import { newPasswordSchema } from "@/lib/password-policy";

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, zodMessage("applicant", "passwordForm.v.current")),
    newPassword: newPasswordSchema,
  })
  .refine((values) => values.currentPassword !== values.newPassword, {
    ...zodMessage("applicant", "passwordForm.v.different"),
    path: ["newPassword"],
  });

export type PasswordChangeValues = z.infer<typeof passwordChangeSchema>;
