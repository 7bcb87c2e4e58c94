import type { ChildReportInput } from "@ccp/shared";
import { z } from "zod";

export const childReportSchema = z.object({
  accountEmail: z
    .string()
    .trim()
    .min(1, "Enter the e-mail address of the account")
    .max(254, "Keep the e-mail address under 254 characters")
    .pipe(z.email("Enter an e-mail address like name@example.com")),
  details: z
    .string()
    .trim()
    .min(5, "Tell us in a few words why you think so")
    .max(5000, "Keep it under 5,000 characters"),
  reporterContact: z.string().trim().max(300, "Keep it under 300 characters"),
});

export type ChildReportValues = z.infer<typeof childReportSchema>;

export const toChildReportInput = (values: ChildReportValues): ChildReportInput => ({
  accountEmail: values.accountEmail,
  details: values.details,
  ...(values.reporterContact ? { reporterContact: values.reporterContact } : {}),
});
