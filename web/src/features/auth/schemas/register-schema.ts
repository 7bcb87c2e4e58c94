import { z } from "zod";
import { zodMessage } from "@/lib/i18n";
import { newPasswordSchema } from "@/lib/password-policy";
import { optionalPhoneSchema } from "@/lib/phone";
import { MINIMUM_AGE, ageOn, isIsoDate, localIsoDate } from "../utils/age";

const optionalText = (max: number, key: string) => z.string().trim().max(max, zodMessage("public", key, { max }));

/** `today` is injectable so the age rule can be tested on fixed dates. */
export const createRegisterSchema = (today: string = localIsoDate()) =>
  z.object({
    email: z
      .string()
      .trim()
      .min(1, zodMessage("common", "validation.emailRequired"))
      .max(254, zodMessage("public", "register.v.emailTooLong"))
      .pipe(z.email(zodMessage("public", "register.v.emailInvalid"))),
    password: newPasswordSchema,
    firstName: z
      .string()
      .trim()
      .min(1, zodMessage("public", "register.v.firstName"))
      .max(100, zodMessage("public", "register.v.max100")),
    lastName: z
      .string()
      .trim()
      .min(1, zodMessage("public", "register.v.lastName"))
      .max(100, zodMessage("public", "register.v.max100")),
    dateOfBirth: z
      .string()
      .min(1, zodMessage("public", "register.v.dobRequired"))
      .refine(isIsoDate, zodMessage("public", "register.v.dobInvalid"))
      .refine((value) => !isIsoDate(value) || value <= today, zodMessage("public", "register.v.dobFuture"))
      .refine(
        (value) => !isIsoDate(value) || value > today || ageOn(value, today) >= MINIMUM_AGE,
        zodMessage("public", "register.v.underage", { age: MINIMUM_AGE }),
      ),
    phone: optionalPhoneSchema,
    organizationName: optionalText(200, "register.v.organizationMax"),
    acceptPolicy: z.boolean().refine((value) => value, zodMessage("public", "register.v.accept")),
  });

export type RegisterValues = z.infer<ReturnType<typeof createRegisterSchema>>;
