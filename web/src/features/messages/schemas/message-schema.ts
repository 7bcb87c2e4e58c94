import { z } from "zod";

export const MAX_MESSAGE = 10_000;

export const messageSchema = z.object({
  body: z.string().trim().min(1, "Write a message first").max(MAX_MESSAGE, "Keep your message under 10,000 characters"),
});

export type MessageValues = z.infer<typeof messageSchema>;
