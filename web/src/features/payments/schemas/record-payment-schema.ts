import { z } from "zod";
import { zodMessage } from "@/lib/i18n";

export const recordPaymentSchema = z.object({
  reference: z
    .string()
    .trim()
    .min(2, zodMessage("staff", "recordPayment.v.referenceRequired"))
    .max(100, zodMessage("staff", "recordPayment.v.referenceMax", { max: 100 })),
});

export type RecordPaymentValues = z.infer<typeof recordPaymentSchema>;
