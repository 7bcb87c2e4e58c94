import type { BillingAddressInput } from "@ccp/shared";
import { z } from "zod";

// The API's rules for a billing address (payments.service billingAddressSchema).
export const billingAddressSchema = z.object({
  name: z.string().trim().min(2, "Enter the name to put on the invoice").max(200, "Use at most 200 characters"),
  line1: z.string().trim().min(2, "Enter the street address").max(200, "Use at most 200 characters"),
  line2: z.string().trim().max(200, "Use at most 200 characters"),
  city: z.string().trim().min(1, "Enter the city or town").max(100, "Use at most 100 characters"),
  region: z.string().trim().max(100, "Use at most 100 characters"),
  postalCode: z.string().trim().min(2, "Enter the postal code").max(20, "Use at most 20 characters"),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Use the 2-letter country code, for example US"),
});

export type BillingAddressValues = z.input<typeof billingAddressSchema>;
export type BillingAddressParsed = z.output<typeof billingAddressSchema>;
export type BillingAddressField = keyof BillingAddressValues;

export const BILLING_FIELDS: readonly BillingAddressField[] = ["name", "line1", "line2", "city", "region", "postalCode", "country"];

export const emptyBillingAddress = (name = ""): BillingAddressValues => ({
  name,
  line1: "",
  line2: "",
  city: "",
  region: "",
  postalCode: "",
  country: "US",
});

/** Optional lines are left out rather than sent empty. */
export const toBillingAddressInput = (values: BillingAddressParsed): BillingAddressInput => ({
  name: values.name,
  line1: values.line1,
  ...(values.line2 ? { line2: values.line2 } : {}),
  city: values.city,
  ...(values.region ? { region: values.region } : {}),
  postalCode: values.postalCode,
  country: values.country,
});

/** Server paths ["billingAddress", "postalCode"] → the form's "postalCode". */
export const billingErrorField = (path: string): BillingAddressField | undefined => {
  const name = path.replace(/^billingAddress\./, "");
  return BILLING_FIELDS.find((f) => f === name);
};
