import type { PolicyVersionPublishInput } from "@ccp/shared";
import { z } from "zod";
import { localInputToIso } from "@/lib/dates";
import { translatedLabels, zodMessage } from "@/lib/i18n";

const message = (key: string) => zodMessage("staff", `policyPublish.errors.${key}`);

/** "Publish a new version". The 30 days' notice of a material change is checked by the server (NOTICE_TOO_SHORT). */
export const policyVersionSchema = z.object({
  kind: z.enum(["PRIVACY_POLICY", "TERMS"], message("kind")),
  title: z.string().trim().min(3, message("titleLength")).max(200, message("titleMax")),
  body: z
    .string()
    .trim()
    .min(20, message("bodyMin"))
    .max(200_000, message("bodyMax")),
  effectiveAt: z
    .string()
    .trim()
    .min(1, message("effectiveAtRequired"))
    .refine((value) => localInputToIso(value) !== null, message("effectiveAtInvalid")),
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

export const POLICY_KIND_LABEL = translatedLabels<PolicyVersionValues["kind"]>("staff", "policies.kind", ["PRIVACY_POLICY", "TERMS"]);
