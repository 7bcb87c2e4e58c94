import type { PrivacyRequestCreateInput } from "@ccp/shared";
import { z } from "zod";

export const MAX_REQUEST_DETAILS = 5000;

/**
 * "Make a request": a correction needs to say what is wrong; a deletion must
 * be confirmed, because it can't be undone.
 */
export const privacyRequestSchema = z
  .object({
    kind: z.enum(["ACCESS", "EXPORT", "CORRECTION", "DELETION"], { error: "Choose what you would like us to do" }),
    details: z.string().trim().max(MAX_REQUEST_DETAILS, "Keep it under 5,000 characters"),
    confirmDeletion: z.boolean(),
  })
  .superRefine((values, ctx) => {
    if (values.kind === "CORRECTION" && values.details.length < 5) {
      ctx.addIssue({ code: "custom", path: ["details"], message: "Tell us what is wrong and what it should say" });
    }
    if (values.kind === "DELETION" && !values.confirmDeletion) {
      ctx.addIssue({ code: "custom", path: ["confirmDeletion"], message: "Tick the box to confirm that you want your account deleted" });
    }
  });

export type PrivacyRequestValues = z.infer<typeof privacyRequestSchema>;

export const toPrivacyRequestInput = (values: PrivacyRequestValues): PrivacyRequestCreateInput => ({
  kind: values.kind,
  ...(values.details ? { details: values.details } : {}),
});
