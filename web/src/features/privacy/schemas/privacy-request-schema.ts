import type { PrivacyRequestCreateInput } from "@ccp/shared";
import { z } from "zod";

export const MAX_REQUEST_DETAILS = 5000;
export const MAX_CORRECTIONS = 5;

export const correctionSchema = z.object({
  field: z.union([z.enum(["FIRST_NAME", "LAST_NAME", "DATE_OF_BIRTH", "PHONE", "ORGANIZATION_NAME"]), z.literal("")]),
  proposedValue: z.string().trim().max(200, "Keep it under 200 characters"),
});

export type CorrectionValues = z.infer<typeof correctionSchema>;

type RequestRuleValues = { kind: "ACCESS" | "EXPORT" | "CORRECTION" | "DELETION"; details: string; corrections: CorrectionValues[]; confirmDeletion: boolean };

/** The rules both request forms share: what a correction must say, and a confirmed deletion. */
export const refineRequest = (values: RequestRuleValues, ctx: z.RefinementCtx) => {
  const corrections = values.kind === "CORRECTION" ? values.corrections : [];
  if (values.kind === "CORRECTION" && corrections.length === 0 && values.details.length < 5) {
    ctx.addIssue({ code: "custom", path: ["details"], message: "Tell us what is wrong and what it should say" });
  }
  const seen = new Set<string>();
  corrections.forEach((c, i) => {
    if (!c.field) ctx.addIssue({ code: "custom", path: ["corrections", i, "field"], message: "Choose the field to correct" });
    else if (seen.has(c.field)) ctx.addIssue({ code: "custom", path: ["corrections", i, "field"], message: "You've chosen this field already" });
    seen.add(c.field);
    const optional = c.field === "PHONE" || c.field === "ORGANIZATION_NAME";
    if (!c.proposedValue && !optional && c.field) {
      ctx.addIssue({ code: "custom", path: ["corrections", i, "proposedValue"], message: "Enter what it should say" });
    }
    if (c.field === "DATE_OF_BIRTH" && c.proposedValue && !/^\d{4}-\d{2}-\d{2}$/.test(c.proposedValue)) {
      ctx.addIssue({ code: "custom", path: ["corrections", i, "proposedValue"], message: "Write the date as year-month-day, for example 1990-04-21" });
    }
  });
  if (values.kind === "DELETION" && !values.confirmDeletion) {
    ctx.addIssue({ code: "custom", path: ["confirmDeletion"], message: "Tick the box to confirm that you want your account deleted" });
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
    kind: z.enum(["ACCESS", "EXPORT", "CORRECTION", "DELETION"], { error: "Choose what you would like us to do" }),
    details: z.string().trim().max(MAX_REQUEST_DETAILS, "Keep it under 5,000 characters"),
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
