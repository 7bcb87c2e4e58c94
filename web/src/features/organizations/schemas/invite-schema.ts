import { z } from "zod";
import { zodMessage } from "@/lib/i18n";

export const inviteSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, zodMessage("applicant", "invite.v.emailRequired"))
    .max(254, zodMessage("applicant", "invite.v.emailMax"))
    .email(zodMessage("applicant", "invite.v.emailInvalid")),
  role: z.enum(["MEMBER", "OWNER"]),
});

export type InviteValues = z.infer<typeof inviteSchema>;
