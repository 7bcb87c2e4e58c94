import type { RubricCriterionFieldsFragment, RubricCriterionInput } from "@ccp/shared";
import { z } from "zod";

export const rubricCriterionSchema = z.object({
  title: z.string().trim().min(3, "Enter a title of at least 3 characters").max(120, "Use at most 120 characters"),
  guidance: z.string().trim().max(2000, "Use at most 2,000 characters"),
  subject: z.enum(["PERSON", "PROGRAM"]),
  maxScore: z
    .string()
    .trim()
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 10, "Enter a whole number from 1 to 10"),
  position: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d+$/.test(v), "Enter a whole number, or leave it empty"),
  active: z.boolean(),
});

export type RubricCriterionValues = z.infer<typeof rubricCriterionSchema>;

export const rubricCriterionDefaults = (c?: RubricCriterionFieldsFragment | null): RubricCriterionValues => ({
  title: c?.title ?? "",
  guidance: c?.guidance ?? "",
  subject: c?.subject ?? "PROGRAM",
  maxScore: c ? String(c.maxScore) : "5",
  position: c ? String(c.position) : "",
  active: c?.active ?? true,
});

export const toRubricCriterionInput = (values: RubricCriterionValues): RubricCriterionInput => ({
  title: values.title.trim(),
  guidance: values.guidance.trim(),
  subject: values.subject,
  maxScore: Number(values.maxScore),
  ...(values.position.trim() === "" ? {} : { position: Number(values.position) }),
  active: values.active,
});
