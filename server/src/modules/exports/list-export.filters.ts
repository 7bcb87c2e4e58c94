import { APPLICATION_KINDS, APPLICATION_STATUSES } from "../applications/application.entity";
import type { ApplicationSort } from "../applications/application.service";
import { PRIVACY_REQUEST_KINDS } from "../privacy/privacy-request.entity";
import { ROLES } from "../users/user.entity";
import type { ExportList } from "./list-export.service";

/**
 * Query-string filters of the CSV routes, the same as the GraphQL list arguments: parsed here (pure)
 * so a bad value is a 400 with the field named rather than an empty file.
 */
export type Query = Record<string, unknown>;
export type Parsed = { ok: true; filter: Record<string, unknown> } | { ok: false; field: string; message: string };

const SORTS: readonly ApplicationSort[] = ["SUBMITTED_AT_ASC", "SUBMITTED_AT_DESC", "UPDATED_AT_DESC", "CREATED_AT_DESC"];
const PRIVACY_STATUSES = ["RECEIVED", "IN_PROGRESS", "COMPLETED", "REJECTED"] as const;
const PAYMENT_STATUSES = ["PENDING", "PAID", "FAILED", "CANCELED"] as const;

const text = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim().slice(0, 320) : null);
/** Repeated (?status=A&status=B) or comma-separated (?status=A,B). */
const list = (v: unknown): string[] => (Array.isArray(v) ? v : [v]).flatMap((x) => (typeof x === "string" ? x.split(",") : [])).map((x) => x.trim()).filter(Boolean);
const bool = (v: unknown): boolean | null | undefined => (v === undefined || v === "" ? null : v === "true" || v === "1" ? true : v === "false" || v === "0" ? false : undefined);

class Bad extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

function oneOf<T extends string>(q: Query, field: string, allowed: readonly T[]): T | null {
  const v = text(q[field]);
  if (v === null) return null;
  if (!allowed.includes(v as T)) throw new Bad(field, `${field} must be one of ${allowed.join(", ")}.`);
  return v as T;
}

function flag(q: Query, field: string): boolean | null {
  const v = bool(q[field]);
  if (v === undefined) throw new Bad(field, `${field} must be true or false.`);
  return v;
}

export function parseExportFilter(listName: ExportList, q: Query): Parsed {
  try {
    switch (listName) {
      case "applications": {
        const status = list(q.status);
        const bad = status.find((s) => !(APPLICATION_STATUSES as readonly string[]).includes(s));
        if (bad) throw new Bad("status", `status must be among ${APPLICATION_STATUSES.join(", ")}.`);
        const age = text(q.minAgeDays);
        if (age !== null && !/^\d{1,4}$/.test(age)) throw new Bad("minAgeDays", "minAgeDays must be a whole number of days.");
        return {
          ok: true,
          filter: {
            status: status.length ? status : null,
            kind: oneOf(q, "kind", APPLICATION_KINDS),
            assigneeId: text(q.assigneeId),
            unassigned: flag(q, "unassigned"),
            minAgeDays: age === null ? null : Number(age),
            programId: text(q.programId),
            sort: oneOf(q, "sort", SORTS) ?? "UPDATED_AT_DESC",
          },
        };
      }
      case "people":
        return { ok: true, filter: { role: oneOf(q, "role", ROLES), email: text(q.email) } };
      case "privacy-requests":
        return { ok: true, filter: { status: oneOf(q, "status", PRIVACY_STATUSES), kind: oneOf(q, "kind", PRIVACY_REQUEST_KINDS), overdue: flag(q, "overdue") } };
      case "payments":
        return { ok: true, filter: { status: oneOf(q, "status", PAYMENT_STATUSES) } };
      case "credentials":
        return { ok: true, filter: {} };
    }
  } catch (err) {
    if (err instanceof Bad) return { ok: false, field: err.field, message: err.message };
    throw err;
  }
}
