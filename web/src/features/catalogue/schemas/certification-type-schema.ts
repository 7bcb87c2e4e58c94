import type { CatalogueEntryFieldsFragment, CertificationTypeInput } from "@ccp/shared";
import { z } from "zod";
import { centsToDollars, dollarsToCents, isMoneyAmount } from "@/lib/money";

export const certificationTypeSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{2,32}$/, "Use 2–32 capital letters, digits or dashes, like CCA"),
  name: z.string().trim().min(3, "Enter a name of at least 3 characters").max(120, "Use at most 120 characters"),
  subject: z.enum(["PERSON", "PROGRAM"]),
  description: z.string().trim().max(2000, "Use at most 2,000 characters"),
  fee: z
    .string()
    .trim()
    .min(1, "Enter the fee in dollars, like 125.00")
    .refine(isMoneyAmount, "Enter the fee in dollars, like 125 or 125.50")
    .refine((v) => !isMoneyAmount(v) || dollarsToCents(v) <= 10_000_000, "The fee can be at most $100,000"),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/, "Use a 3-letter currency code, like USD"),
  validityMonths: z
    .string()
    .trim()
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 120, "Enter whole months from 1 to 120"),
  renewalRequirements: z.string().trim().max(2000, "Use at most 2,000 characters"),
  active: z.boolean(),
});

export type CertificationTypeValues = z.input<typeof certificationTypeSchema>;

export const certificationTypeDefaults = (entry?: CatalogueEntryFieldsFragment | null): CertificationTypeValues => ({
  code: entry?.code ?? "",
  name: entry?.name ?? "",
  subject: entry?.subject ?? "PERSON",
  description: entry?.description ?? "",
  fee: entry ? centsToDollars(entry.feeCents) : "",
  currency: (entry?.currency ?? "usd").toUpperCase(),
  validityMonths: entry ? String(entry.validityMonths) : "24",
  renewalRequirements: entry?.renewalRequirements ?? "",
  active: entry?.active ?? true,
});

/** The form (fee in dollars) as the API's input (fee in cents, currency in lower case). */
export const toCertificationTypeInput = (values: CertificationTypeValues): CertificationTypeInput => ({
  code: values.code.trim().toUpperCase(),
  name: values.name.trim(),
  subject: values.subject,
  description: values.description.trim(),
  feeCents: dollarsToCents(values.fee),
  currency: values.currency.trim().toLowerCase(),
  validityMonths: Number(values.validityMonths),
  renewalRequirements: values.renewalRequirements.trim(),
  active: values.active,
});

/** Server input names that differ from the form's. */
export const CERTIFICATION_TYPE_ALIASES = { feeCents: "fee" } as const;
