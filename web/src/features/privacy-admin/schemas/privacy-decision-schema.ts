import { z } from "zod";
import { translate, zodMessage } from "@/lib/i18n";

export type PrivacyDecision = "COMPLETE" | "REJECT" | "EXTEND";

const note = (decision: PrivacyDecision) =>
  z
    .string()
    .trim()
    .min(3, zodMessage("staff", `privacyDecision.errors.text.${decision}`))
    .max(5000, zodMessage("staff", "privacyDecision.errors.textMax"));

/**
 * What staff write when they close or extend a request. Completing a deletion
 * request must be confirmed; an extension is 1 to `maxDays` whole days.
 */
export const privacyDecisionSchema = (decision: PrivacyDecision, options: { deletion: boolean; maxDays: number }) =>
  z
    .object({
      text: note(decision),
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
                ? translate("staff", "privacyDecision.errors.noMoreDays")
                : translate("staff", "privacyDecision.errors.days", { max: options.maxDays }),
          });
        }
      }
      if (decision === "COMPLETE" && options.deletion && !values.confirmErase) {
        ctx.addIssue({ code: "custom", path: ["confirmErase"], message: translate("staff", "privacyDecision.errors.confirmErase") });
      }
    });

export type PrivacyDecisionValues = { text: string; days: string; confirmErase: boolean };
