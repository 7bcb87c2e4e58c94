import { randomBytes } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { enrolStaffMfa } from "./api";
import { expectAccessible } from "./axe";
import { launch, shot, shotOf, signIn as signInAt, watchConsole } from "./browser";
import { runCli } from "./global-setup";

const base = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const unique = (p: string) => `${p}.${randomBytes(4).toString("hex")}@example.org`;
type SentEvent = { kind: string; name: string; value: number | null };

/** Every batch the analytics client sends, as the server receives it. */
function recordBatches(page: Page): SentEvent[][] {
  const batches: SentEvent[][] = [];
  page.on("request", (request) => {
    if (!request.url().endsWith("/graphql") || request.method() !== "POST") return;
    const body = JSON.parse(request.postData() ?? "{}") as { operationName?: string; variables?: { events: SentEvent[] } };
    if (body.operationName === "AnalyticsEventsRecord" && body.variables) batches.push(body.variables.events);
  });
  return batches;
}

/** What the browser does when the tab is hidden: the client flushes with fetch keepalive. */
const hideTab = (page: Page) =>
  page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
    Object.defineProperty(document, "visibilityState", { value: "visible", configurable: true });
  });

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

const signIn = (page: Page, email: string, password: string, totpSecret?: string) => signInAt(page, base, email, password, totpSecret);

describe("usage analytics in Chromium [POL-COLLECT-USAGE][POL-COLLECT-PERF]", () => {
  it("sends nothing without consent; with consent, route patterns and errors reach the admin screen; withdrawal stops it at once", async () => {
    const email = unique("analytics");
    const password = "a calm and long passphrase";
    runCli(inject("env"), ["user:create", "--email", email, "--password", password, "--role", "APPLICANT", "--first-name", "Ana", "--last-name", "Lytics", "--date-of-birth", "1990-03-14"]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watchConsole(page);
    const batches = recordBatches(page);

    // An anonymous visitor and a signed-in person without consent send nothing.
    await page.goto(`${base}/verify/CCP-2026-ABC123`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expectAccessible(page, "verify-not-found");
    await signIn(page, email, password);
    await mainNav(page).getByRole("link", { name: "Applications", exact: true }).click();
    await page.waitForURL(`${base}/app/applications`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expectAccessible(page, "applications");
    await hideTab(page);
    await page.waitForTimeout(1000);
    expect(batches).toEqual([]);

    // Consent in the privacy center; from then on page views (as route patterns) and errors are sent.
    await mainNav(page).getByRole("link", { name: "Privacy", exact: true }).click();
    await page.getByRole("switch", { name: "Usage analytics" }).check();
    await page.getByText("Saved: Usage analytics on.").waitFor();
    await expectAccessible(page, "privacy-center");
    await shot(page, "09-privacy-center");
    await shotOf(page.locator("section[aria-labelledby='your-requests']"), "09b-privacy-requests");
    await mainNav(page).getByRole("link", { name: "Credentials", exact: true }).click();
    await page.waitForURL(`${base}/app/credentials`);
    await page.evaluate(() => {
      setTimeout(() => {
        throw new TypeError("Cannot read 'Ana Lytics' of undefined");
      });
    });
    await expect.poll(() => problems.length, { timeout: 10_000 }).toBeGreaterThan(0);
    await hideTab(page);
    await expect.poll(() => batches.flat().filter((e) => e.kind === "CLIENT_ERROR").length, { timeout: 10_000 }).toBe(1);
    const sent = batches.flat();
    expect(sent.filter((e) => e.kind === "PAGE_VIEW").map((e) => e.name)).toEqual(["/app/privacy", "/app/credentials"]);
    expect(sent.find((e) => e.kind === "CLIENT_ERROR")?.name).toBe("TypeError:Cannot-read-of-undefined:/app/credentials");
    expect(JSON.stringify(sent)).not.toMatch(/Ana|Lytics|CCP-|\?/);
    expect(problems).toEqual(["pageerror: Cannot read 'Ana Lytics' of undefined"]);

    // Withdrawal: nothing more leaves the browser.
    const before = batches.length;
    await mainNav(page).getByRole("link", { name: "Privacy", exact: true }).click();
    await page.getByRole("switch", { name: "Usage analytics" }).uncheck();
    await page.getByText("Saved: Usage analytics off.").waitFor();
    await mainNav(page).getByRole("link", { name: "Applications", exact: true }).click();
    await page.waitForURL(`${base}/app/applications`);
    await hideTab(page);
    await page.waitForTimeout(1000);
    expect(batches.length).toBe(before);
    await context.close();

    // An admin sees the consented page views on /admin/analytics, at 360 px.
    const adminEmail = unique("admin");
    runCli(inject("env"), ["user:create", "--email", adminEmail, "--password", "an admin passphrase", "--role", "ADMIN", "--first-name", "Ada", "--last-name", "Admin", "--date-of-birth", "1980-05-01"]);
    const secret = await enrolStaffMfa(base, adminEmail, "an admin passphrase");
    const adminContext = await browser.newContext({ viewport: { width: 360, height: 780 } });
    const adminPage = await adminContext.newPage();
    const adminProblems = watchConsole(adminPage);
    await signIn(adminPage, adminEmail, "an admin passphrase", secret);
    await adminPage.goto(`${base}/admin`);
    await adminPage.getByRole("link", { name: "Open usage analytics" }).waitFor();
    await expectAccessible(adminPage, "admin-overview-360");
    await adminPage.getByRole("link", { name: "Open usage analytics" }).click();
    // The period is kept in the URL, so the radio turns on after the navigation (check() would look too early).
    await adminPage.getByRole("radio", { name: "7 days" }).click();
    await adminPage.waitForURL(`${base}/admin/analytics?days=7`);
    await expect.poll(() => adminPage.getByRole("radio", { name: "7 days" }).isChecked()).toBe(true);
    const topPages = adminPage.getByRole("table", { name: "Most viewed pages" });
    await topPages.getByRole("rowheader", { name: "/app/credentials" }).waitFor();
    await adminPage.getByRole("img", { name: /page views over 7 days/ }).waitFor();
    await shot(adminPage, "20-admin-analytics-360");
    await expectAccessible(adminPage, "admin-analytics-360");
    expect(await adminPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(adminProblems).toEqual([]);
    await adminContext.close();
  });
});
