import { translate } from "@/lib/i18n";

export const totalCount = (rules: readonly { count: number }[]): number => rules.reduce((sum, r) => sum + r.count, 0);

/** Records kept because of legal holds, over all rules; null when the run predates that count. */
export const totalHeld = (rules: readonly { held?: number | null }[]): number | null =>
  rules.some((r) => r.held === null || r.held === undefined) ? null : rules.reduce((sum, r) => sum + (r.held ?? 0), 0);

/** "—" for runs recorded before legal-hold counts were kept; otherwise the count. */
export const heldLabel = (held: number | null | undefined): string => (held === null || held === undefined ? "—" : String(held));

const TRIGGERS = ["SCHEDULE", "MANUAL", "CLI"];
const SCOPES = ["USER", "ORGANIZATION"];

export const triggerLabel = (trigger: string): string => (TRIGGERS.includes(trigger) ? translate("staff", `retention.trigger.${trigger}`) : trigger);

export const scopeLabel = (scope: string): string => (SCOPES.includes(scope) ? translate("staff", `legalHolds.scope.${scope}`) : scope);

/** "12 records deleted", "1 record would be deleted", "Nothing was due". */
export const runSummary = (count: number, dryRun: boolean): string => {
  if (count === 0) return translate("staff", "retention.summary.nothing");
  return translate("staff", dryRun ? "retention.summary.wouldDelete" : "retention.summary.deleted", { count });
};

/** How many organizations the legal-hold picker shows at once. */
export const PICKER_PAGE = 10;

/** "3 organizations match “care”", "Showing 10 of 42: type more of the name", "No organization matches “x”". */
export const pickerSummary = (shown: number, total: number, term: string): string => {
  const summary = (key: string, values?: Record<string, unknown>) => translate("staff", `organizationPicker.summary.${key}`, values);
  if (total === 0) return term ? summary("noMatch", { term }) : summary("none");
  if (shown < total) return term ? summary("showingMatching", { shown, total, term }) : summary("showing", { shown, total });
  return term ? summary("matches", { count: total, term }) : summary("count", { count: total });
};
