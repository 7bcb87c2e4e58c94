/** One rule of a retention run, as the server reports it. */
export type RuleReport = { rule: string; clause: string; cutoff: string | null; count: number; description: string };

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** Reads one entry of `RetentionRun.report`; anything unexpected becomes empty text or 0. */
export const parseRuleReport = (entry: unknown): RuleReport => {
  const value = (entry && typeof entry === "object" ? entry : {}) as Record<string, unknown>;
  const count = typeof value.count === "number" ? value.count : Number(value.count);
  return {
    rule: text(value.rule),
    clause: text(value.clause),
    cutoff: text(value.cutoff) || null,
    count: Number.isFinite(count) ? count : 0,
    description: text(value.description) || text(value.rule),
  };
};

export const totalCount = (rules: readonly RuleReport[]): number => rules.reduce((sum, r) => sum + r.count, 0);

export const triggerLabel = (trigger: string): string =>
  ({ SCHEDULE: "Daily schedule", MANUAL: "Run by an admin", CLI: "Command line" })[trigger] ?? trigger;

export const scopeLabel = (scope: string): string => ({ USER: "Person", ORGANIZATION: "Organization" })[scope] ?? scope;

/** "12 records deleted", "1 record would be deleted", "Nothing was due". */
export const runSummary = (count: number, dryRun: boolean): string => {
  if (count === 0) return "Nothing was due";
  const records = `${count} ${count === 1 ? "record" : "records"}`;
  return dryRun ? `${records} would be deleted` : `${records} deleted`;
};
