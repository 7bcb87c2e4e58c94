import type { SupportKind, SupportStatus } from "@ccp/shared";
import type { BadgeTone } from "@/components/ui/status-badge";

export const SUPPORT_KIND_LABEL: Record<SupportKind, string> = { SUPPORT: "Help request", FEEDBACK: "Feedback" };

export const SUPPORT_STATUS: Record<SupportStatus, { label: string; tone: BadgeTone }> = {
  OPEN: { label: "Open", tone: "info" },
  ANSWERED: { label: "Answered", tone: "success" },
  CLOSED: { label: "Closed", tone: "neutral" },
};
