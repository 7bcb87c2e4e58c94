import type { SupportRequestCreateInput, SupportStatus } from "@ccp/shared";
import { z } from "zod";
import { zodMessage } from "@/lib/i18n";
import { MAX_MESSAGE } from "@/features/messages/schemas/message-schema";

export const supportRequestSchema = z.object({
  kind: z.enum(["SUPPORT", "FEEDBACK"], zodMessage("applicant", "support.v.kind")),
  subject: z.string().trim().min(3, zodMessage("applicant", "support.v.subjectMin")).max(200, zodMessage("applicant", "support.v.subjectMax")),
  body: z.string().trim().min(1, zodMessage("applicant", "support.v.body")).max(MAX_MESSAGE, zodMessage("applicant", "support.v.bodyMax")),
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
