import { z } from "zod";
import { zodMessage } from "./i18n";

// Same rule as the server: an optional leading +, then 6–32 digits, spaces
// and ( ) . / - characters. Empty means "no phone number".
const PHONE = /^\+?[0-9 ()./-]{6,32}$/;

export const optionalPhoneSchema = z
  .string()
  .trim()
  .max(32, zodMessage("common", "validation.phoneMax"))
  .refine((value) => value === "" || PHONE.test(value), zodMessage("common", "validation.phoneInvalid"));
