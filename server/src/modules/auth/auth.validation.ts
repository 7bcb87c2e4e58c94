import { z } from "zod";
import { LANGUAGE_CODES } from "../users/user.entity";
import { emailSchema, nameSchema, organizationNameSchema, phoneSchema } from "../users/user.validation";
import { isValidTimeZone, parseLocalDate } from "./age.rules";

export const registerSchema = z.object({
  email: emailSchema,
  password: z.string().max(1024, "Use at most 128 characters."),
  firstName: nameSchema("first name"),
  lastName: nameSchema("last name"),
  dateOfBirth: z.string().refine((v) => parseLocalDate(v) !== null, "Enter your date of birth as YYYY-MM-DD."),
  phone: phoneSchema.nullish(),
  organizationName: organizationNameSchema.nullish(),
  acceptedPolicyVersionIds: z.array(z.string().max(64)).max(20),
  timeZone: z
    .string()
    .max(64)
    .refine(isValidTimeZone, "Unknown time zone.")
    .nullish(),
  language: z.enum(LANGUAGE_CODES).nullish(),
});

export type RegisterInput = z.input<typeof registerSchema>;
