import type { PrivacyRequestCreateInput } from "@ccp/shared";
import { z } from "zod";
import { translate, zodMessage } from "@/lib/i18n";

export const MAX_REQUEST_DETAILS = 5000;
export const MAX_CORRECTIONS = 5;

export const correctionSchema = z.object({
  field: z.union([z.enum(["FIRST_NAME", "LAST_NAME", "DATE_OF_BIRTH", "PHONE", "ORGANIZATION_NAME"]), z.literal("")]),
  proposedValue: z.string().trim().max(200, zodMessage("public", "publicRequest.v.valueMax")),
});

export type CorrectionValues = z.infer<typeof correctionSchema>;

type RequestRuleValues = { kind: "ACCESS" | "EXPORT" | "CORRECTION" | "DELETION"; details: string; corrections: CorrectionValues[]; confirmDeletion: boolean };

/**
 * The rules both request forms share: what a correction must say, and a confirmed deletion. Their
 * messages are public strings (the public request page uses them too), read as the issue is raised.
 */
export const refineRequest = (values: RequestRuleValues, ctx: z.RefinementCtx) => {
  const corrections = values.kind === "CORRECTION" ? values.corrections : [];
  if (values.kind === "CORRECTION" && corrections.length === 0 && values.details.length < 5) {
    ctx.addIssue({ code: "custom", path: ["details"], message: translate("public", "publicRequest.v.details") });
  }
  const seen = new Set<string>();
  corrections.forEach((c, i) => {
    if (!c.field) ctx.addIssue({ code: "custom", path: ["corrections", i, "field"], message: translate("public", "publicRequest.v.field") });
    else if (seen.has(c.field)) ctx.addIssue({ code: "custom", path: ["corrections", i, "field"], message: translate("public", "publicRequest.v.fieldTwice") });
    seen.add(c.field);
    const optional = c.field === "PHONE" || c.field === "ORGANIZATION_NAME";
    if (!c.proposedValue && !optional && c.field) {
      ctx.addIssue({ code: "custom", path: ["corrections", i, "proposedValue"], message: translate("public", "publicRequest.v.value") });
    }
    if (c.field === "DATE_OF_BIRTH" && c.proposedValue && !/^\d{4}-\d{2}-\d{2}$/.test(c.proposedValue)) {
      ctx.addIssue({ code: "custom", path: ["corrections", i, "proposedValue"], message: translate("public", "publicRequest.v.date") });
    }
  });
  if (values.kind === "DELETION" && !values.confirmDeletion) {
    ctx.addIssue({ code: "custom", path: ["confirmDeletion"], message: translate("public", "publicRequest.v.confirmDeletion") });
  }
};

/** The named corrections to send: only for a correction, without rows left empty. */
export const toCorrectionInputs = (values: RequestRuleValues) => {
  const corrections = values.kind === "CORRECTION" ? values.corrections.filter((c) => c.field !== "") : [];
  return corrections.length
    ? { corrections: corrections.map((c) => ({ field: c.field as Exclude<CorrectionValues["field"], "">, proposedValue: c.proposedValue })) }
    : {};
};

/**
 * "Make a request": a correction needs to say what is wrong; a deletion must
 * be confirmed, because it can't be undone.
 */
export const privacyRequestSchema = z
  .object({
    kind: z.enum(["ACCESS", "EXPORT", "CORRECTION", "DELETION"], zodMessage("applicant", "requestForm.v.kind")),
    details: z.string().trim().max(MAX_REQUEST_DETAILS, zodMessage("applicant", "requestForm.v.detailsMax")),
    corrections: z.array(correctionSchema).max(MAX_CORRECTIONS),
    confirmDeletion: z.boolean(),
  })
  .superRefine(refineRequest);

export type PrivacyRequestValues = z.infer<typeof privacyRequestSchema>;

export const toPrivacyRequestInput = (values: PrivacyRequestValues): PrivacyRequestCreateInput => ({
  kind: values.kind,
  ...(values.details ? { details: values.details } : {}),
  ...toCorrectionInputs(values),
});
