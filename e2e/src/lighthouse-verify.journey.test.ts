// Lighthouse-style checks of the public verification page (what a certificate's QR code opens on
// an employer's phone), offline in Debian's Chromium: a cold load with the CPU slowed 4× through
// CDP, LCP and CLS from PerformanceObserver, the JavaScript and requests it takes, how long until
// the status shows, no console errors, and the basics a crawler and a screen reader need.
// Figures go to e2e/artifacts/lighthouse-verify.json.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { issueCredential } from "./api";
import { ARTIFACTS, launch, shot, watchConsole } from "./browser";
import { ROOT, runCli } from "./global-setup";

const base = inject("baseUrl");
const DIST = path.join(ROOT, "web", "dist");

// Generous for a loaded 2-core CI machine, still meaningful: Lighthouse calls LCP ≤ 2.5 s and
// CLS ≤ 0.1 "good"; the initial JavaScript is the budget CI enforces (web/scripts/bundle-size.mjs).
const BUDGET = {
  lcpMs: 2500,
  cls: 0.1,
  statusVisibleMs: 3000,
  initialJsGzipKb: 120,
  totalJsGzipKb: 220,
  requests: 30,
};
const ATTEMPTS = 3;

type Run = {
  lcpMs: number;
  lcpElement: string;
  cls: number;
  layoutShifts: string[];
  statusVisibleMs: number;
  requests: number;
  jsFiles: number;
  jsTransferKb: number;
  jsGzipKb: number;
  consoleProblems: string[];
};

type PerfState = { lcp: number; lcpElement: string; cls: number; shifts: string[]; statusAt: number | null };
declare global {
  interface Window {
    __perf: PerfState;
  }
}

const gzipKb = (file: string) => gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length / 1024;
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/** The entry script and its modulepreloads in web/dist/index.html: what every public page needs first. */
const initialScripts = (): string[] => {
  const html = readFileSync(path.join(DIST, "index.html"), "utf8");
  return [...new Set([...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]))];
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const measure = async (url: string): Promise<Run> => {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  try {
    await context.addInitScript(() => {
      const perf: PerfState = { lcp: 0, lcpElement: "", cls: 0, shifts: [], statusAt: null };
      const describe = (node: Node | null | undefined) =>
        node instanceof Element ? `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(" ").join(".")}` : ""}` : String(node?.nodeName ?? "");
      window.__perf = perf;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element | null })[]) {
          perf.lcp = entry.startTime;
          perf.lcpElement = describe(entry.element);
        }
      }).observe({ type: "largest-contentful-paint", buffered: true });
      new PerformanceObserver((list) => {
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
        for (const entry of list.getEntries() as Shift[]) {
          if (entry.hadRecentInput) continue;
          perf.cls += entry.value;
          const what = (entry.sources ?? []).map((source) => describe(source.node)).join(", ");
          perf.shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${what}`);
        }
      }).observe({ type: "layout-shift", buffered: true });
      const seen = new MutationObserver(() => {
        if (perf.statusAt === null && document.querySelector(".verify-status-label")) {
          perf.statusAt = performance.now();
          seen.disconnect();
        }
      });
      // Init scripts run before the document has an element; the document itself is a Node.
      seen.observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    const problems = watchConsole(page);
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });

    await page.goto(url);
    await page.locator(".verify-status-label").waitFor();
    await page.waitForLoadState("networkidle");
    // Two frames after the last request, so the final LCP candidate has been painted and reported.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const perf = await page.evaluate(() => window.__perf);
    const scripts = await page.evaluate(() =>
      (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((entry) => entry.initiatorType === "script" || /\.js(\?|$)/.test(entry.name))
        .map((entry) => ({ path: new URL(entry.name).pathname, transferSize: entry.transferSize })),
    );
    const jsFiles = scripts.filter((s) => s.path.startsWith("/assets/") && s.path.endsWith(".js"));
    return {
      lcpMs: Math.round(perf.lcp),
      lcpElement: perf.lcpElement,
      cls: round(perf.cls, 4),
      layoutShifts: perf.shifts,
      statusVisibleMs: Math.round(perf.statusAt ?? Number.POSITIVE_INFINITY),
      requests: requests.length,
      jsFiles: jsFiles.length,
      jsTransferKb: round(jsFiles.reduce((n, s) => n + s.transferSize, 0) / 1024),
      jsGzipKb: round(jsFiles.reduce((n, s) => n + gzipKb(s.path.slice(1)), 0)),
      consoleProblems: problems,
    };
  } finally {
    await context.close();
  }
};

const withinBudget = (run: Run): boolean =>
  run.lcpMs < BUDGET.lcpMs && run.cls < BUDGET.cls && run.statusVisibleMs < BUDGET.statusVisibleMs && run.requests <= BUDGET.requests;

describe("verification page, Lighthouse-style, offline in Chromium", () => {
  it("a cold load on a 4× slower CPU: LCP, CLS, time to status, JavaScript and requests within budget; title, description, lang, alt text", async () => {
    const env = inject("env");
    const unique = (p: string) => `${p}.${randomBytes(4).toString("hex")}@example.org`;
    const number = await issueCredential(
      base,
      (email, password, role) =>
        void runCli(env, ["user:create", "--email", email, "--password", password, "--role", role, "--first-name", "Vera", "--last-name", "Verified", "--date-of-birth", "1984-04-04"]),
      unique,
    );
    const url = `${base}/verify/${number}`;

    // Timings suffer from whatever else the machine runs; a later cold load may do better.
    // Sizes and console errors do not depend on load, so every run is checked for them.
    const runs: Run[] = [];
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const run = await measure(url);
      runs.push(run);
      if (withinBudget(run)) break;
    }
    const best = runs.find(withinBudget) ?? runs.reduce((a, b) => (b.lcpMs < a.lcpMs ? b : a));
    const initial = initialScripts().map((file) => ({ file, gzipKb: round(gzipKb(file)) }));
    const initialJsGzipKb = round(initial.reduce((n, s) => n + s.gzipKb, 0));

    // What a crawler and a screen reader need, on a fresh (unthrottled) page.
    const page = await browser.newPage();
    const problems = watchConsole(page);
    await page.goto(url);
    await page.getByText("Valid", { exact: true }).first().waitFor();
    await page.waitForFunction((n) => document.title.includes(n), number);
    const basics = await page.evaluate(() => ({
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute("content") ?? "",
      lang: document.documentElement.lang,
      viewport: document.querySelector('meta[name="viewport"]')?.getAttribute("content") ?? "",
      imagesWithoutAlt: Array.from(document.querySelectorAll("img")).filter((img) => !img.hasAttribute("alt")).map((img) => img.src),
      h1: Array.from(document.querySelectorAll("h1")).map((h) => h.textContent ?? ""),
    }));
    await shot(page, "lighthouse-verify");
    await page.close();

    const report = { url: "/verify/<number>", cpuThrottlingRate: 4, budget: BUDGET, initialJsGzipKb, initial, result: best, runs, basics };
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(path.join(ARTIFACTS, "lighthouse-verify.json"), `${JSON.stringify(report, null, 2)}\n`);

    for (const run of runs) expect(run.consoleProblems).toEqual([]);
    expect(problems).toEqual([]);
    expect(best.lcpMs).toBeGreaterThan(0);
    expect(best.lcpMs).toBeLessThan(BUDGET.lcpMs);
    expect(best.cls).toBeLessThan(BUDGET.cls);
    expect(best.statusVisibleMs).toBeLessThan(BUDGET.statusVisibleMs);
    expect(best.requests).toBeLessThanOrEqual(BUDGET.requests);
    expect(initialJsGzipKb).toBeLessThanOrEqual(BUDGET.initialJsGzipKb);
    expect(best.jsGzipKb).toBeLessThanOrEqual(BUDGET.totalJsGzipKb);
    expect(basics.title).toBe(`Check credential ${number} · CareCorePlus`);
    expect(basics.description.length).toBeGreaterThan(20);
    expect(basics.lang).toBe("en");
    expect(basics.viewport).toContain("width=device-width");
    expect(basics.imagesWithoutAlt).toEqual([]);
    expect(basics.h1).toEqual(["Check a credential"]);
  });
});
