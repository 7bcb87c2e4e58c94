import type { RuleReport } from "./retention.service";
import type { RetentionRuleReport } from "./retention.types";

/**
 * Reads the stored jsonb report of a run into its GraphQL shape. Rows written before legal-hold
 * counts were recorded have no `held` (null); anything malformed reads as empty text or 0 rather
 * than failing the whole list.
 */
export function toRuleReports(stored: unknown): RetentionRuleReport[] {
  if (!Array.isArray(stored)) return [];
  return stored.map((entry: Partial<RuleReport> | null) => {
    const e = entry ?? {};
    const count = Number(e.count);
    const held = e.held === undefined || e.held === null ? null : Number(e.held);
    const cutoff = new Date(String(e.cutoff ?? ""));
    return {
      rule: String(e.rule ?? ""),
      clause: String(e.clause ?? ""),
      description: String(e.description ?? e.rule ?? ""),
      cutoff: Number.isNaN(cutoff.getTime()) ? new Date(0) : cutoff,
      count: Number.isFinite(count) ? count : 0,
      held: held !== null && Number.isFinite(held) ? held : null,
    };
  });
}
