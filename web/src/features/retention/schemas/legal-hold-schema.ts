import { z } from "zod";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * "Place a hold". A person can be given by e-mail address (looked up) or id;
 * an organization is chosen from the list (its id).
 */
export const legalHoldSchema = z
  .object({
    scope: z.enum(["USER", "ORGANIZATION"], { error: "Choose whether the hold is for a person or an organization" }),
    subject: z.string().trim(),
    reason: z.string().trim().min(3, "Give the reason, e.g. the case reference (3–1,000 characters)").max(1000, "Keep the reason under 1,000 characters"),
  })
  .superRefine((values, ctx) => {
    const isEmail = values.subject.includes("@");
    if (values.scope === "USER" && values.subject === "") {
      ctx.addIssue({ code: "custom", path: ["subject"], message: "Enter who the hold is for" });
      return;
    }
    if (values.scope === "ORGANIZATION" && !UUID.test(values.subject)) {
      ctx.addIssue({ code: "custom", path: ["subject"], message: "Choose the organization from the list" });
    }
    if (values.scope === "USER" && !isEmail && !UUID.test(values.subject)) {
      ctx.addIssue({ code: "custom", path: ["subject"], message: "Enter the person's e-mail address or their id" });
    }
  });

export type LegalHoldValues = z.infer<typeof legalHoldSchema>;

export const isEmailSubject = (values: LegalHoldValues): boolean => values.scope === "USER" && values.subject.includes("@");
