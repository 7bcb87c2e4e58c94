import { z } from "zod";
import { zodMessage } from "@/lib/i18n";

export const MAX_MESSAGE = 10_000;

export const messageSchema = z.object({
  body: z.string().trim().min(1, zodMessage("applicant", "conversation.v.empty")).max(MAX_MESSAGE, zodMessage("applicant", "conversation.v.tooLong")),
});

export type MessageValues = z.infer<typeof messageSchema>;
