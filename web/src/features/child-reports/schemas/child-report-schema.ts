import type { ChildReportInput } from "@ccp/shared";
import { z } from "zod";
import { zodMessage } from "@/lib/i18n";

export const childReportSchema = z.object({
  accountEmail: z
    .string()
    .trim()
    .min(1, zodMessage("public", "underage.v.emailRequired"))
    .max(254, zodMessage("public", "underage.v.emailMax"))
    .pipe(z.email(zodMessage("public", "underage.v.emailInvalid"))),
  details: z
    .string()
    .trim()
    .min(5, zodMessage("public", "underage.v.details"))
    .max(5000, zodMessage("public", "underage.v.detailsMax")),
  reporterContact: z.string().trim().max(300, zodMessage("public", "underage.v.contactMax")),
});

export type ChildReportValues = z.infer<typeof childReportSchema>;

export const toChildReportInput = (values: ChildReportValues): ChildReportInput => ({
  accountEmail: values.accountEmail,
  details: values.details,
  ...(values.reporterContact ? { reporterContact: values.reporterContact } : {}),
});
