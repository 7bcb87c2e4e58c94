import { z } from "zod";
import { userError, type UserError } from "../../common/graphql/user-error";

/** Shared input rules for personal fields; messages are written for the person filling the form. */
export const emailSchema = z
  .string()
  .trim()
  .max(254, "E-mail addresses are at most 254 characters.")
  .pipe(z.email("Enter an e-mail address like name@example.org."));

export const nameSchema = (label: string) =>
  z.string().trim().min(1, `Enter your ${label}.`).max(100, `Your ${label} can be at most 100 characters.`);

export const phoneSchema = z
  .string()
  .trim()
  .max(32, "Phone numbers are at most 32 characters.")
  .regex(/^\+?[0-9 ()./-]{6,32}$/, "Enter a phone number with digits, spaces and an optional leading +.")
  .optional()
  .or(z.literal("").transform(() => undefined));

export const organizationNameSchema = z
  .string()
  .trim()
  .max(200, "Organization names are at most 200 characters.")
  .optional()
  .or(z.literal("").transform(() => undefined));

export const profileSchema = z.object({
  firstName: nameSchema("first name"),
  lastName: nameSchema("last name"),
  phone: phoneSchema.nullish(),
  organizationName: organizationNameSchema.nullish(),
});

/** zod issues -> typed payload errors with the form's field path. */
export function zodToUserErrors(error: z.ZodError, code = "INVALID"): UserError[] {
  return error.issues.map((i) => userError(code, i.message, i.path.map(String)));
}
