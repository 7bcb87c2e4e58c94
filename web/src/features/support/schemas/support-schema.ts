import type { SupportRequestCreateInput, SupportStatus } from "@ccp/shared";
import { z } from "zod";
import { MAX_MESSAGE } from "@/features/messages/schemas/message-schema";

export const supportRequestSchema = z.object({
  kind: z.enum(["SUPPORT", "FEEDBACK"], { error: "Choose whether you need help or have feedback" }),
  subject: z.string().trim().min(3, "Give a subject of at least 3 characters").max(200, "Keep the subject under 200 characters"),
  body: z.string().trim().min(1, "Write your message").max(MAX_MESSAGE, "Keep your message under 10,000 characters"),
});

export type SupportRequestValues = z.infer<typeof supportRequestSchema>;

export const toSupportRequestInput = (values: SupportRequestValues): SupportRequestCreateInput => ({
  kind: values.kind,
  subject: values.subject,
  body: values.body,
});

export const SUPPORT_STATUSES: readonly SupportStatus[] = ["OPEN", "ANSWERED", "CLOSED"];

/** "open" → OPEN for the staff list's ?status= filter; anything else means all. */
export const parseStatusFilter = (value: string | null): SupportStatus | undefined => {
  const upper = (value ?? "").toUpperCase();
  return SUPPORT_STATUSES.find((s) => s === upper);
};
