import { z } from "zod";
import { newPasswordSchema } from "@/lib/password-policy";
import { optionalPhoneSchema } from "@/lib/phone";
import { MINIMUM_AGE, ageOn, isIsoDate, localIsoDate } from "../utils/age";

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} must be at most ${max} characters`);

/** `today` is injectable so the age rule can be tested on fixed dates. */
export const createRegisterSchema = (today: string = localIsoDate()) =>
  z.object({
    email: z
      .string()
      .trim()
      .min(1, "Enter your e-mail address")
      .max(254, "That e-mail address is too long")
      .pipe(z.email("Enter a valid e-mail address, like name@example.com")),
    password: newPasswordSchema,
    firstName: z.string().trim().min(1, "Enter your first name").max(100, "Use at most 100 characters"),
    lastName: z.string().trim().min(1, "Enter your last name").max(100, "Use at most 100 characters"),
    dateOfBirth: z
      .string()
      .min(1, "Enter your date of birth")
      .refine(isIsoDate, "Enter a real date, for example 31/03/1990")
      .refine((value) => !isIsoDate(value) || value <= today, "Your date of birth can't be in the future")
      .refine(
        (value) => !isIsoDate(value) || value > today || ageOn(value, today) >= MINIMUM_AGE,
        `You need to be ${MINIMUM_AGE} or older to create an account`,
      ),
    phone: optionalPhoneSchema,
    organizationName: optionalText(200, "Organization name"),
    acceptPolicy: z.boolean().refine((value) => value, "Please read and accept the privacy policy to continue"),
  });

export type RegisterValues = z.infer<ReturnType<typeof createRegisterSchema>>;
