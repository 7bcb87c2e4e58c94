import type { ApplicationKind, ApplicationSort, ApplicationStatus, ApplicationsFilter } from "@ccp/shared";
import { z } from "zod";
import { translatedLabels, zodMessage } from "@/lib/i18n";

export const ASSIGNMENTS = ["anyone", "me", "unassigned"] as const;
export type Assignment = (typeof ASSIGNMENTS)[number];

export const queueFilterSchema = z.object({
  statuses: z.array(
    z.enum(["DRAFT", "SUBMITTED", "UNDER_REVIEW", "CHANGES_REQUESTED", "APPROVED", "REJECTED", "WITHDRAWN"]),
  ),
  kind: z.union([z.enum(["PROGRAM_ACCREDITATION", "INDIVIDUAL_CERTIFICATION"]), z.literal("")]),
  assignment: z.enum(ASSIGNMENTS),
  olderThanDays: z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d+$/.test(v) && Number(v) <= 3650), zodMessage("staff", "reviewQueue.v.days")),
  sort: z.enum(["SUBMITTED_AT_ASC", "SUBMITTED_AT_DESC", "UPDATED_AT_DESC", "CREATED_AT_DESC"]),
});

export type QueueFilterValues = z.infer<typeof queueFilterSchema>;

/** The queue opens on what needs a reviewer: submitted and under review, oldest first. */
export const DEFAULT_QUEUE_FILTERS: QueueFilterValues = {
  statuses: ["SUBMITTED", "UNDER_REVIEW"],
  kind: "",
  assignment: "anyone",
  olderThanDays: "",
  sort: "SUBMITTED_AT_ASC",
};

export const SORT_LABEL = translatedLabels<ApplicationSort>("staff", "reviewQueue.sort", [
  "SUBMITTED_AT_ASC",
  "SUBMITTED_AT_DESC",
  "UPDATED_AT_DESC",
  "CREATED_AT_DESC",
]);

/** The form's values as `applications(filter, sort)` variables. */
export const toQueueVariables = (
  values: QueueFilterValues,
  viewerId: string,
): { filter: ApplicationsFilter; sort: ApplicationSort } => {
  const filter: ApplicationsFilter = {};
  if (values.statuses.length > 0) filter.status = [...values.statuses] as ApplicationStatus[];
  if (values.kind) filter.kind = values.kind as ApplicationKind;
  if (values.assignment === "me") filter.assigneeId = viewerId;
  if (values.assignment === "unassigned") filter.unassigned = true;
  const days = values.olderThanDays.trim();
  if (days !== "" && Number(days) > 0) filter.minAgeDays = Number(days);
  return { filter, sort: values.sort };
};

/** Applications waiting longer than this are highlighted in the queue. */
export const SLA_DAYS = 14;

export const isOverdue = (slaAgeDays: number | null | undefined): boolean =>
  typeof slaAgeDays === "number" && slaAgeDays > SLA_DAYS;
