import { z } from "zod";

export const DECISIONS = ["APPROVE", "REQUEST_CHANGES", "REJECT"] as const;

export const decisionSchema = z.object({
  decision: z.enum(DECISIONS, { message: "Choose a decision" }),
  reason: z
    .string()
    .trim()
    .min(3, "Tell the applicant the reason for your decision")
    .max(5000, "Use at most 5,000 characters"),
});
export type DecisionValues = z.infer<typeof decisionSchema>;

/** One rubric criterion's score; the maximum comes from the criterion. */
export const createScoreSchema = (maxScore: number) =>
  z.object({
    score: z
      .string()
      .min(1, "Choose a score")
      .refine((v) => /^\d+$/.test(v) && Number(v) <= maxScore, `Give a whole score from 0 to ${maxScore}`),
    comment: z.string().trim().max(2000, "Use at most 2,000 characters"),
  });
export type ScoreValues = z.infer<ReturnType<typeof createScoreSchema>>;

export const noteSchema = z.object({
  body: z.string().trim().min(1, "Write a note first").max(10_000, "Notes are at most 10,000 characters"),
});
export type NoteValues = z.infer<typeof noteSchema>;
