import { z } from "zod";

export const recordPaymentSchema = z.object({
  reference: z
    .string()
    .trim()
    .min(2, "Enter the bank or receipt reference")
    .max(100, "Use at most 100 characters"),
});

export type RecordPaymentValues = z.infer<typeof recordPaymentSchema>;
