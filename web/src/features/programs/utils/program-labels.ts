import type { DeliveryMode, ProgramStatus } from "@ccp/shared";
import { currentLocale, translate, translatedLabels } from "@/lib/i18n";

export const DELIVERY_MODES: readonly DeliveryMode[] = ["IN_PERSON", "ONLINE", "BLENDED"];

export const DELIVERY_MODE_LABEL = translatedLabels<DeliveryMode>("applicant", "programs.deliveryMode", DELIVERY_MODES);

export const PROGRAM_STATUS_LABEL = translatedLabels<ProgramStatus>("applicant", "programs.status", ["ACTIVE", "DRAFT", "ARCHIVED"]);

/** 12 → "12 hours", 1 → "1 hour", 7.5 → "7.5 hours". */
export const formatHours = (hours: number): string => {
  const rounded = Math.round(hours * 100) / 100;
  return translate("applicant", "programs.hours", { count: rounded, hours: rounded.toLocaleString(currentLocale()) });
};
