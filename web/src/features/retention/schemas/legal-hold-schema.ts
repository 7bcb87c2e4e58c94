import { z } from "zod";
import { translate, zodMessage } from "@/lib/i18n";

const message = (key: string) => translate("staff", `legalHolds.errors.${key}`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * "Place a hold". A person can be given by e-mail address (looked up) or id;
 * an organization is chosen from the list (its id).
 */
export const legalHoldSchema = z
  .object({
    scope: z.enum(["USER", "ORGANIZATION"], zodMessage("staff", "legalHolds.errors.scope")),
    subject: z.string().trim(),
    reason: z.string().trim().min(3, zodMessage("staff", "legalHolds.errors.reasonLength")).max(1000, zodMessage("staff", "legalHolds.errors.reasonMax")),
  })
  .superRefine((values, ctx) => {
    const isEmail = values.subject.includes("@");
    if (values.scope === "USER" && values.subject === "") {
      ctx.addIssue({ code: "custom", path: ["subject"], message: message("subjectRequired") });
      return;
    }
    if (values.scope === "ORGANIZATION" && !UUID.test(values.subject)) {
      ctx.addIssue({ code: "custom", path: ["subject"], message: message("chooseOrganization") });
    }
    if (values.scope === "USER" && !isEmail && !UUID.test(values.subject)) {
      ctx.addIssue({ code: "custom", path: ["subject"], message: message("person") });
    }
  });

export type LegalHoldValues = z.infer<typeof legalHoldSchema>;

export const isEmailSubject = (values: LegalHoldValues): boolean => values.scope === "USER" && values.subject.includes("@");
