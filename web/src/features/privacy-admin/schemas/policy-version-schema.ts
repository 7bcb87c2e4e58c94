import type { PolicyVersionPublishInput } from "@ccp/shared";
import { z } from "zod";
import { localInputToIso } from "@/lib/dates";

/** "Publish a new version". The 30 days' notice of a material change is checked by the server (NOTICE_TOO_SHORT). */
export const policyVersionSchema = z.object({
  kind: z.enum(["PRIVACY_POLICY", "TERMS"], { error: "Choose which policy this is" }),
  title: z.string().trim().min(3, "Give the policy a title (3–200 characters)").max(200, "Keep the title under 200 characters"),
  body: z
    .string()
    .trim()
    .min(20, "Paste the full text of the policy (at least 20 characters)")
    .max(200_000, "The text can be at most 200,000 characters"),
  effectiveAt: z
    .string()
    .trim()
    .min(1, "Choose when this version takes effect")
    .refine((value) => localInputToIso(value) !== null, "Enter a date and time, for example 01/02/2027 09:00"),
  material: z.boolean(),
});

export type PolicyVersionValues = z.infer<typeof policyVersionSchema>;

export const toPolicyVersionInput = (values: PolicyVersionValues): PolicyVersionPublishInput => ({
  kind: values.kind,
  title: values.title,
  body: values.body,
  effectiveAt: localInputToIso(values.effectiveAt) ?? values.effectiveAt,
  material: values.material,
});

export const POLICY_KIND_LABEL: Record<PolicyVersionValues["kind"], string> = {
  PRIVACY_POLICY: "Privacy policy",
  TERMS: "Terms of use",
};
