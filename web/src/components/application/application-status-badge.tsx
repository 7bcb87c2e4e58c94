import type { ApplicationStatus } from "@ccp/shared";
import { STATUS_LABEL, STATUS_TONE } from "@/lib/application-status";
import { StatusBadge } from "@/components/ui/status-badge";

export const ApplicationStatusBadge = ({ status }: { status: ApplicationStatus }) => (
  <StatusBadge tone={STATUS_TONE[status]}>{STATUS_LABEL[status]}</StatusBadge>
);
