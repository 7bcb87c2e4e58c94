import type { SupportKind, SupportStatus } from "@ccp/shared";
import type { BadgeTone } from "@/components/ui/status-badge";
import { translatedLabels } from "@/lib/i18n";

export const SUPPORT_KIND_LABEL = translatedLabels<SupportKind>("applicant", "support.kind", ["SUPPORT", "FEEDBACK"]);

const STATUS_LABEL = translatedLabels<SupportStatus>("applicant", "support.status", ["OPEN", "ANSWERED", "CLOSED"]);

/** `label` is read in the active language each time (applicant namespace, also shown to staff). */
export const SUPPORT_STATUS: Record<SupportStatus, { readonly label: string; tone: BadgeTone }> = {
  OPEN: {
    get label() {
      return STATUS_LABEL.OPEN;
    },
    tone: "info",
  },
  ANSWERED: {
    get label() {
      return STATUS_LABEL.ANSWERED;
    },
    tone: "success",
  },
  CLOSED: {
    get label() {
      return STATUS_LABEL.CLOSED;
    },
    tone: "neutral",
  },
};
