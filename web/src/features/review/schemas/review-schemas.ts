import { z } from "zod";
import { zodMessage } from "@/lib/i18n";

export const DECISIONS = ["APPROVE", "REQUEST_CHANGES", "REJECT"] as const;

export const decisionSchema = z.object({
  decision: z.enum(DECISIONS, zodMessage("staff", "decision.v.choose")),
  reason: z
    .string()
    .trim()
    .min(3, zodMessage("staff", "decision.v.reason"))
    .max(5000, zodMessage("staff", "decision.v.reasonMax")),
});
export type DecisionValues = z.infer<typeof decisionSchema>;

/** One rubric criterion's score; the maximum comes from the criterion. */
export const createScoreSchema = (maxScore: number) =>
  z.object({
    score: z
      .string()
      .min(1, zodMessage("staff", "rubricScoring.v.required"))
      .refine((v) => /^\d+$/.test(v) && Number(v) <= maxScore, zodMessage("staff", "rubricScoring.v.range", { max: maxScore })),
    comment: z.string().trim().max(2000, zodMessage("staff", "rubricScoring.v.commentMax")),
  });
export type ScoreValues = z.infer<ReturnType<typeof createScoreSchema>>;

export const noteSchema = z.object({
  body: z.string().trim().min(1, zodMessage("staff", "reviewNotes.v.required")).max(10_000, zodMessage("staff", "reviewNotes.v.max")),
});
export type NoteValues = z.infer<typeof noteSchema>;
