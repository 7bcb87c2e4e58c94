import type { CatalogueEntryFieldsFragment, CertificationTypeInput } from "@ccp/shared";
import { z } from "zod";
import { zodMessage } from "@/lib/i18n";
import { centsToDollars, dollarsToCents, isMoneyAmount } from "@/lib/money";

export const certificationTypeSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{2,32}$/, zodMessage("staff", "certificationType.v.code")),
  name: z.string().trim().min(3, zodMessage("staff", "certificationType.v.name")).max(120, zodMessage("staff", "certificationType.v.nameMax")),
  subject: z.enum(["PERSON", "PROGRAM"]),
  description: z.string().trim().max(2000, zodMessage("staff", "certificationType.v.descriptionMax")),
  fee: z
    .string()
    .trim()
    .min(1, zodMessage("staff", "certificationType.v.feeRequired"))
    .refine(isMoneyAmount, zodMessage("staff", "certificationType.v.feeInvalid"))
    .refine((v) => !isMoneyAmount(v) || dollarsToCents(v) <= 10_000_000, zodMessage("staff", "certificationType.v.feeMax")),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{3}$/, zodMessage("staff", "certificationType.v.currency")),
  validityMonths: z
    .string()
    .trim()
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 120, zodMessage("staff", "certificationType.v.validityMonths")),
  renewalRequirements: z.string().trim().max(2000, zodMessage("staff", "certificationType.v.renewalMax")),
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
