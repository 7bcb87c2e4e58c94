import type { IncidentAffectedInput, IncidentCloseInput, IncidentCreateInput, IncidentNotifyInput } from "@ccp/shared";
import { z } from "zod";
import { localInputToIso } from "@/lib/dates";
import { translate, zodMessage } from "@/lib/i18n";

/** A message of the staff namespace, read in the active language when shown. */
const message = (key: string) => zodMessage("staff", key);

const dateTime = (missingKey: string) =>
  z
    .string()
    .trim()
    .min(1, message(missingKey))
    .refine((value) => localInputToIso(value) !== null, message("incidentForm.errors.dateInvalid"));

const optionalText = z.string().trim().max(20_000, message("incidentForm.errors.tooLong"));

/** "Register an incident". `now` is when the form is sent: awareness can't be in the future. */
export const incidentSchema = (now: () => number = Date.now) =>
  z.object({
    title: z.string().trim().min(3, message("incidentForm.errors.titleLength")).max(200, message("incidentForm.errors.titleMax")),
    description: z.string().trim().min(10, message("incidentForm.errors.descriptionMin")).max(20_000, message("incidentForm.errors.tooLong")),
    awareAt: dateTime("incidentForm.errors.awareAtRequired").refine(
      (value) => new Date(localInputToIso(value) ?? 0).getTime() <= now() + 60_000,
      message("incidentForm.errors.future"),
    ),
    dataCategories: z.array(z.string().trim().min(1)).max(30, message("incidentForm.errors.dataKindsMax")),
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
    auditFrom: dateTime("affected.errors.fromRequired"),
    auditTo: dateTime("affected.errors.toRequired"),
    auditAction: z.string().trim().max(100, message("affected.errors.actionMax")),
  })
  .superRefine((values, ctx) => {
    const from = localInputToIso(values.auditFrom);
    const to = localInputToIso(values.auditTo);
    if (from && to && new Date(to).getTime() <= new Date(from).getTime()) {
      ctx.addIssue({ code: "custom", path: ["auditTo"], message: translate("staff", "affected.errors.order") });
    }
  });

export type AffectedValues = z.infer<typeof affectedSchema>;

export const toAffectedInput = (values: AffectedValues): IncidentAffectedInput => ({
  auditFrom: localInputToIso(values.auditFrom),
  auditTo: localInputToIso(values.auditTo),
  ...(values.auditAction ? { auditAction: values.auditAction } : {}),
});

const noticePart = (part: "whatHappened" | "whatWeDid" | "whatToDo") =>
  z.string().trim().min(10, message(`notify.errors.${part}`)).max(10_000, message("notify.errors.tooLong"));

/** The breach notice: three plain-language parts. */
export const notifySchema = z.object({
  whatHappened: noticePart("whatHappened"),
  whatWeDid: noticePart("whatWeDid"),
  whatYouShouldDo: noticePart("whatToDo"),
});

export type NotifyValues = z.infer<typeof notifySchema>;
export const toNotifyInput = (values: NotifyValues): IncidentNotifyInput => values;

/** "Close the incident": how it ended, and optionally what we learned. */
export const closeSchema = z.object({
  summary: z.string().trim().min(10, message("closeIncident.errors.summaryMin")).max(20_000, message("incidentForm.errors.tooLong")),
  lessonsLearned: optionalText,
});

export type CloseValues = z.infer<typeof closeSchema>;

export const toCloseInput = (values: CloseValues): IncidentCloseInput => ({
  summary: values.summary,
  ...(values.lessonsLearned ? { lessonsLearned: values.lessonsLearned } : {}),
});
