import type { DeliveryMode, ProgramStatus } from "@ccp/shared";

export const DELIVERY_MODES: readonly DeliveryMode[] = ["IN_PERSON", "ONLINE", "BLENDED"];

export const DELIVERY_MODE_LABEL: Record<DeliveryMode, string> = {
  IN_PERSON: "In person",
  ONLINE: "Online",
  BLENDED: "Blended (in person and online)",
};

export const PROGRAM_STATUS_LABEL: Record<ProgramStatus, string> = {
  ACTIVE: "Active",
  DRAFT: "Draft",
  ARCHIVED: "Archived",
};

/** 12 → "12 hours", 1 → "1 hour", 7.5 → "7.5 hours". */
export const formatHours = (hours: number): string => {
  const rounded = Math.round(hours * 100) / 100;
  return `${rounded.toLocaleString("en-US")} ${rounded === 1 ? "hour" : "hours"}`;
};
