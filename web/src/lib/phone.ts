import { z } from "zod";

// Same rule as the server: an optional leading +, then 6–32 digits, spaces
// and ( ) . / - characters. Empty means "no phone number".
const PHONE = /^\+?[0-9 ()./-]{6,32}$/;

export const optionalPhoneSchema = z
  .string()
  .trim()
  .max(32, "Phone numbers are at most 32 characters")
  .refine((value) => value === "" || PHONE.test(value), "Enter a phone number with digits, spaces and an optional leading +");
