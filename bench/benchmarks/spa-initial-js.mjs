// The initial JavaScript of the public pages (web/dist must be built: pnpm bench builds it) against the budget.
import { writeResult } from "../lib.mjs";

export const BUDGET_KB = 120;

export async function run() {
  const { initialBundle } = await import("../../web/scripts/bundle-size.mjs");
  const bundle = initialBundle();
  const kb = Number((bundle.gzipBytes / 1024).toFixed(1));
  const result = writeResult({ name: "spa-initial-js", unit: "kB gzipped", value: kb, baseline: BUDGET_KB, ratio: Number((kb / BUDGET_KB).toFixed(3)), p99Ms: null, chunks: bundle.chunks, note: `baseline is the budget (issue 7): ${BUDGET_KB} kB` });
  return { result, row: ["initial public JS", `${kb} kB gz`, `${BUDGET_KB} kB gz (budget)`, String(result.ratio), "entry script and its preloads; CI enforces a limit with web/scripts/bundle-size.mjs"] };
}
