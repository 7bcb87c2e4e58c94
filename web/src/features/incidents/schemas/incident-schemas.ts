import type { IncidentAffectedInput, IncidentCloseInput, IncidentCreateInput, IncidentNotifyInput } from "@ccp/shared";
import { z } from "zod";
import { localInputToIso } from "@/lib/dates";

const dateTime = (missing: string) =>
  z
    .string()
    .trim()
    .min(1, missing)
    .refine((value) => localInputToIso(value) !== null, "Enter a date and time, for example 03/01/2026 09:30");

const optionalText = z.string().trim().max(20_000, "Keep it under 20,000 characters");

/** "Register an incident". `now` is when the form is sent: awareness can't be in the future. */
export const incidentSchema = (now: () => number = Date.now) =>
  z.object({
    title: z.string().trim().min(3, "Give the incident a short title (3–200 characters)").max(200, "Keep the title under 200 characters"),
    description: z.string().trim().min(10, "Describe what happened (at least 10 characters)").max(20_000, "Keep it under 20,000 characters"),
    awareAt: dateTime("Enter when we became aware of it").refine(
      (value) => new Date(localInputToIso(value) ?? 0).getTime() <= now() + 60_000,
      "This can't be in the future",
    ),
    dataCategories: z.array(z.string().trim().min(1)).max(30, "List at most 30 kinds of data"),
    likelyConsequences: optionalText,
    measuresTaken: optionalText,
  });

export type IncidentValues = z.infer<ReturnType<typeof incidentSchema>>;

export const toIncidentInput = (values: IncidentValues): IncidentCreateInput => ({
  title: values.title,
  description: values.description,
  awareAt: localInputToIso(values.awareAt) ?? values.awareAt,
  dataCategories: values.dataCategories,
  ...(values.likelyConsequences ? { likelyConsequences: values.likelyConsequences } : {}),
  ...(values.measuresTaken ? { measuresTaken: values.measuresTaken } : {}),
});

/** "Find affected people from the audit log": a time window and, optionally, one action. */
export const affectedSchema = z
  .object({
    auditFrom: dateTime("Enter the start of the window"),
    auditTo: dateTime("Enter the end of the window"),
    auditAction: z.string().trim().max(100, "Keep the action under 100 characters"),
  })
  .superRefine((values, ctx) => {
    const from = localInputToIso(values.auditFrom);
    const to = localInputToIso(values.auditTo);
    if (from && to && new Date(to).getTime() <= new Date(from).getTime()) {
      ctx.addIssue({ code: "custom", path: ["auditTo"], message: "The end must be after the start" });
    }
  });

export type AffectedValues = z.infer<typeof affectedSchema>;

export const toAffectedInput = (values: AffectedValues): IncidentAffectedInput => ({
  auditFrom: localInputToIso(values.auditFrom),
  auditTo: localInputToIso(values.auditTo),
  ...(values.auditAction ? { auditAction: values.auditAction } : {}),
});

const noticePart = (what: string) =>
  z.string().trim().min(10, `Write ${what} (at least 10 characters)`).max(10_000, "Keep it under 10,000 characters");

/** The breach notice: three plain-language parts. */
export const notifySchema = z.object({
  whatHappened: noticePart("what happened"),
  whatWeDid: noticePart("what we did"),
  whatYouShouldDo: noticePart("what people should do"),
});

export type NotifyValues = z.infer<typeof notifySchema>;
export const toNotifyInput = (values: NotifyValues): IncidentNotifyInput => values;

/** "Close the incident": how it ended, and optionally what we learned. */
export const closeSchema = z.object({
  summary: z.string().trim().min(10, "Summarise how the incident ended (at least 10 characters)").max(20_000, "Keep it under 20,000 characters"),
  lessonsLearned: optionalText,
});

export type CloseValues = z.infer<typeof closeSchema>;

export const toCloseInput = (values: CloseValues): IncidentCloseInput => ({
  summary: values.summary,
  ...(values.lessonsLearned ? { lessonsLearned: values.lessonsLearned } : {}),
});
