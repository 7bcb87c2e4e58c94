import type { CredentialStatus } from "@ccp/shared";
import type { BadgeTone } from "@/components/ui/status-badge";
import { translate } from "@/lib/i18n";

const status = (key: CredentialStatus, tone: BadgeTone) => ({
  tone,
  /** In the active language, read when shown. */
  get label() {
    return translate("common", `credentialStatus.${key}`);
  },
});

export const CREDENTIAL_STATUS: Record<CredentialStatus, { readonly label: string; tone: BadgeTone }> = {
  ACTIVE: status("ACTIVE", "success"),
  EXPIRED: status("EXPIRED", "neutral"),
  SUSPENDED: status("SUSPENDED", "warning"),
  REVOKED: status("REVOKED", "danger"),
};
