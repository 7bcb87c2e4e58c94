import type { RubricCriterionFieldsFragment, RubricCriterionInput } from "@ccp/shared";
import { z } from "zod";
import { zodMessage } from "@/lib/i18n";

export const rubricCriterionSchema = z.object({
  title: z.string().trim().min(3, zodMessage("staff", "rubric.v.title")).max(120, zodMessage("staff", "rubric.v.titleMax")),
  guidance: z.string().trim().max(2000, zodMessage("staff", "rubric.v.guidanceMax")),
  subject: z.enum(["PERSON", "PROGRAM"]),
  maxScore: z
    .string()
    .trim()
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 10, zodMessage("staff", "rubric.v.maxScore")),
  position: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d+$/.test(v), zodMessage("staff", "rubric.v.position")),
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
