import { z } from "zod";

export const inviteSchema = z.object({
  email: z.string().trim().min(1, "Enter their e-mail address").max(254, "Use at most 254 characters").email("Enter a valid e-mail address, like name@example.org"),
  role: z.enum(["MEMBER", "OWNER"]),
});

export type InviteValues = z.infer<typeof inviteSchema>;
