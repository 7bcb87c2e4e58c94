import { z } from "zod";

export type PrivacyDecision = "COMPLETE" | "REJECT" | "EXTEND";

const note = (what: string) =>
  z.string().trim().min(3, `Write ${what} (at least 3 characters); the requester will read it`).max(5000, "Keep it under 5,000 characters");

/**
 * What staff write when they close or extend a request. Completing a deletion
 * request must be confirmed; an extension is 1 to `maxDays` whole days.
 */
export const privacyDecisionSchema = (decision: PrivacyDecision, options: { deletion: boolean; maxDays: number }) =>
  z
    .object({
      text: note(decision === "COMPLETE" ? "what we did" : decision === "REJECT" ? "why we can't do it" : "why we need more time"),
      days: z.string().trim(),
      confirmErase: z.boolean(),
    })
    .superRefine((values, ctx) => {
      if (decision === "EXTEND") {
        const days = Number(values.days);
        if (!/^\d+$/.test(values.days) || days < 1 || days > options.maxDays) {
          ctx.addIssue({
            code: "custom",
            path: ["days"],
            message:
              options.maxDays < 1
                ? "This deadline can't be extended any further"
                : `Enter a whole number of days from 1 to ${options.maxDays}`,
          });
        }
      }
      if (decision === "COMPLETE" && options.deletion && !values.confirmErase) {
        ctx.addIssue({ code: "custom", path: ["confirmErase"], message: "Tick the box to confirm that the account will be erased now" });
      }
    });

export type PrivacyDecisionValues = { text: string; days: string; confirmErase: boolean };
