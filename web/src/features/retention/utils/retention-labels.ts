export const totalCount = (rules: readonly { count: number }[]): number => rules.reduce((sum, r) => sum + r.count, 0);

/** Records kept because of legal holds, over all rules; null when the run predates that count. */
export const totalHeld = (rules: readonly { held?: number | null }[]): number | null =>
  rules.some((r) => r.held === null || r.held === undefined) ? null : rules.reduce((sum, r) => sum + (r.held ?? 0), 0);

/** "—" for runs recorded before legal-hold counts were kept; otherwise the count. */
export const heldLabel = (held: number | null | undefined): string => (held === null || held === undefined ? "—" : String(held));

export const triggerLabel = (trigger: string): string =>
  ({ SCHEDULE: "Daily schedule", MANUAL: "Run by an admin", CLI: "Command line" })[trigger] ?? trigger;

export const scopeLabel = (scope: string): string => ({ USER: "Person", ORGANIZATION: "Organization" })[scope] ?? scope;

/** "12 records deleted", "1 record would be deleted", "Nothing was due". */
export const runSummary = (count: number, dryRun: boolean): string => {
  if (count === 0) return "Nothing was due";
  const records = `${count} ${count === 1 ? "record" : "records"}`;
  return dryRun ? `${records} would be deleted` : `${records} deleted`;
};

/** How many organizations the legal-hold picker shows at once. */
export const PICKER_PAGE = 10;

/** "3 organizations match “care”", "Showing 10 of 42: type more of the name", "No organization matches “x”". */
export const pickerSummary = (shown: number, total: number, term: string): string => {
  if (total === 0) return term ? `No organization matches “${term}”.` : "There are no organizations yet.";
  if (shown < total) return `Showing ${shown} of ${total}${term ? ` matching “${term}”` : ""}: type more of the name to narrow it down.`;
  const what = `${total} ${total === 1 ? "organization" : "organizations"}`;
  return term ? `${what} ${total === 1 ? "matches" : "match"} “${term}”.` : `${what}.`;
};
