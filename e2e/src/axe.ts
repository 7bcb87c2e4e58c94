import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { AxeResults, Result } from "axe-core";
import type { Page } from "playwright-core";
import { ARTIFACTS } from "./browser";

const require = createRequire(import.meta.url);
/** Read once: axe is injected into each page as a plain script, so nothing from it is bundled into the app. */
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
export const AXE_REPORTS = path.join(ARTIFACTS, "axe");

/** WCAG 2.0 and 2.1, levels A and AA: the bar issue #8 sets. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING = new Set(["serious", "critical"]);

const summarise = (v: Result) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, targets: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })) });

function describe(v: Result): string {
  const targets = v.nodes.map((n) => `    - ${n.target.join(" ")}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, "\n      ")}` : ""}`);
  return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${targets.join("\n")}`;
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A + AA) on the page as it is now, writes every violation to
 * e2e/artifacts/axe/<name>.json, and throws on any serious or critical one, naming rule, impact,
 * the elements' selectors and the fix axe suggests.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  // Animations and transitions could catch an element mid-fade and misreport its contrast.
  await page.evaluate(async () => {
    await document.fonts.ready;
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
  // Evaluated through the DevTools protocol rather than a <script> tag: the app's CSP
  // (script-src 'self') rightly refuses inline scripts, and the test must not loosen it.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } }).axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations", "incomplete"] }),
    TAGS,
  );
  mkdirSync(AXE_REPORTS, { recursive: true });
  const report = {
    name,
    url: page.url(),
    viewport: page.viewportSize(),
    rulesPassed: results.passes.map((r) => r.id),
    violations: results.violations.map(summarise),
    // What axe could not decide by itself (e.g. text over a gradient): for a person to look at, not a failure.
    needsReview: results.incomplete.map(summarise),
  };
  writeFileSync(path.join(AXE_REPORTS, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  const blocking = results.violations.filter((v) => v.impact && BLOCKING.has(v.impact));
  if (blocking.length) throw new Error(`axe: ${blocking.length} serious/critical violation(s) on "${name}" (${page.url()}):\n${blocking.map(describe).join("\n")}`);
}
