import { z } from "zod";
import { optionalPhoneSchema } from "@/lib/phone";

export const profileSchema = z.object({
  firstName: z.string().trim().min(1, "Enter your first name").max(100, "Use at most 100 characters"),
  lastName: z.string().trim().min(1, "Enter your last name").max(100, "Use at most 100 characters"),
  phone: optionalPhoneSchema,
  organizationName: z.string().trim().max(200, "Organization name must be at most 200 characters"),
});

export type ProfileValues = z.infer<typeof profileSchema>;
