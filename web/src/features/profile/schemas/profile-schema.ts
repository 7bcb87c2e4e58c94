import { z } from "zod";
import { zodMessage } from "@/lib/i18n";
import { optionalPhoneSchema } from "@/lib/phone";

export const profileSchema = z.object({
  firstName: z
    .string()
    .trim()
    .min(1, zodMessage("applicant", "profileForm.v.firstName"))
    .max(100, zodMessage("applicant", "profileForm.v.max100")),
  lastName: z
    .string()
    .trim()
    .min(1, zodMessage("applicant", "profileForm.v.lastName"))
    .max(100, zodMessage("applicant", "profileForm.v.max100")),
  phone: optionalPhoneSchema,
  organizationName: z.string().trim().max(200, zodMessage("applicant", "profileForm.v.organizationMax")),
});

export type ProfileValues = z.infer<typeof profileSchema>;
