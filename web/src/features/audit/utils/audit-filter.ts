import type { AuditEventsFilter } from "@ccp/shared";
import { localInputToIso } from "@/lib/dates";
import { translate } from "@/lib/i18n";

export type AuditFilterForm = {
  action: string;
  targetType: string;
  targetId: string;
  actorUserId: string;
  requestId: string;
  from: string;
  to: string;
};

export const EMPTY_AUDIT_FILTER: AuditFilterForm = { action: "", targetType: "", targetId: "", actorUserId: "", requestId: "", from: "", to: "" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The form as an API filter, or the problems to show next to the fields. */
export const toAuditFilter = (form: AuditFilterForm): { ok: true; filter: AuditEventsFilter } | { ok: false; errors: Partial<Record<keyof AuditFilterForm, string>> } => {
  const errors: Partial<Record<keyof AuditFilterForm, string>> = {};
  const filter: AuditEventsFilter = {};
  const text = (k: "action" | "targetType" | "targetId" | "requestId") => {
    const v = form[k].trim();
    if (v) filter[k] = v;
  };
  text("action");
  text("targetType");
  text("targetId");
  text("requestId");
  const actor = form.actorUserId.trim();
  if (actor) {
    if (UUID.test(actor)) filter.actorUserId = actor;
    else errors.actorUserId = translate("staff", "audit.filter.errors.personId");
  }
  for (const k of ["from", "to"] as const) {
    if (!form[k].trim()) continue;
    const iso = localInputToIso(form[k]);
    if (iso) filter[k] = iso;
    else errors[k] = translate("staff", "audit.filter.errors.dateTime");
  }
  if (filter.from && filter.to && filter.from >= filter.to) errors.to = translate("staff", "audit.filter.errors.toAfterFrom");
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, filter };
};

/** The export URL for the same filter. */
export const auditExportUrl = (filter: AuditEventsFilter): string => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (typeof v === "string" && v) params.set(k, v);
  const query = params.toString();
  return `/api/audit/export${query ? `?${query}` : ""}`;
};
