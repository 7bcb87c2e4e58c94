import type { BillingAddressInput } from "@ccp/shared";
import { z } from "zod";
import { zodMessage } from "@/lib/i18n";

const message = (key: string) => zodMessage("applicant", `billing.v.${key}`);
const atMost = (max: number) => zodMessage("applicant", "billing.v.max", { max });

// The API's rules for a billing address (payments.service billingAddressSchema).
export const billingAddressSchema = z.object({
  name: z.string().trim().min(2, message("name")).max(200, atMost(200)),
  line1: z.string().trim().min(2, message("line1")).max(200, atMost(200)),
  line2: z.string().trim().max(200, atMost(200)),
  city: z.string().trim().min(1, message("city")).max(100, atMost(100)),
  region: z.string().trim().max(100, atMost(100)),
  postalCode: z.string().trim().min(2, message("postalCode")).max(20, atMost(20)),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, message("country")),
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
