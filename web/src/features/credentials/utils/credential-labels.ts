import type { CredentialStatus } from "@ccp/shared";
import type { BadgeTone } from "@/components/ui/status-badge";

export const CREDENTIAL_STATUS: Record<CredentialStatus, { label: string; tone: BadgeTone }> = {
  ACTIVE: { label: "Valid", tone: "success" },
  EXPIRED: { label: "Expired", tone: "neutral" },
  SUSPENDED: { label: "Suspended", tone: "warning" },
  REVOKED: { label: "Revoked", tone: "danger" },
};
