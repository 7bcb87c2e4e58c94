import { randomBytes } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { enrolStaffMfa, gql } from "./api";
import { expectAccessible } from "./axe";
import { launch, shot, signIn, watchConsole } from "./browser";
import { runCli } from "./global-setup";
import { expectAnnouncedError, expectVisibleFocus, tabTo } from "./keyboard";

const base = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const unique = (p: string) => `${p}.${randomBytes(4).toString("hex")}@example.org`;

const PUBLIC_ROUTES = ["/", "/register", "/login", "/forgot-password", "/privacy", "/privacy/request", "/report-underage", "/verify/CCP-2026-AAAA-AAAA", "/no-such-page"];
const APPLICANT_ROUTES = ["/app", "/app/profile", "/app/profile/professional", "/app/security", "/app/programs", "/app/programs/new", "/app/applications", "/app/applications/new", "/app/credentials", "/app/organization", "/app/support", "/app/privacy"];
const STAFF_ROUTES = ["/admin", "/admin/applications", "/admin/support", "/admin/catalogue", "/admin/rubric", "/admin/settings", "/admin/credentials", "/admin/integrations", "/admin/payments", "/admin/users", "/admin/privacy-requests", "/admin/policies", "/admin/retention", "/admin/incidents", "/admin/child-reports", "/admin/audit", "/admin/analytics", "/admin/insights"];

/**
 * Opens each route at 1280 and 360 px, waits until it has finished loading, saves a screenshot of it
 * (e2e/artifacts/screens/) and runs axe on it.
 * Every page is checked before failing, so one run lists all the problems.
 */
async function sweep(page: Page, routes: readonly string[], prefix: string): Promise<string[]> {
  const failures: string[] = [];
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    for (const route of routes) {
      await page.goto(`${base}${route}`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await expect.poll(() => page.locator(".state-loading").count()).toBe(0);
      const name = `${prefix}${route.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home"}${width === 360 ? "-360" : ""}`;
      await shot(page, `screens/${name}`);
      try {
        await expectAccessible(page, name);
      } catch (e) {
        failures.push((e as Error).message);
      }
    }
  }
  return failures;
}

describe("accessibility in Chromium (issue #8)", () => {
  it("an applicant completes the application wizard with the keyboard alone: visible focus at every stop, errors announced and tied to their fields", async () => {
    const email = unique("keyboard");
    const password = "a calm and long passphrase";
    runCli(inject("env"), ["user:create", "--email", email, "--password", password, "--role", "APPLICANT", "--first-name", "Kai", "--last-name", "Keys", "--date-of-birth", "1988-08-08"]);
    // The program to accredit is set-up, not what is tested: it is made through the API.
    const { authLogin } = await gql<{ authLogin: { accessToken: string } }>(base, "mutation($i: AuthLoginInput!) { authLogin(input: $i) { accessToken } }", { i: { email, password } });
    await gql(
      base,
      "mutation($i: ProgramCreateInput!) { programCreate(input: $i) { errors { code } program { id } } }",
      {
        i: {
          title: "Safe Moving and Handling",
          modules: [{ title: "Moving people safely", hours: 8 }],
          instructors: [{ fullName: "Lena Fischer", qualifications: "Physiotherapist, 10 years in residential care" }],
        },
      },
      authLogin.accessToken,
    );

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signIn(page, base, email, password);
    await page.getByRole("heading", { level: 1, name: /Kai/ }).waitFor();

    // From here on: keyboard only.
    await tabTo(page, "New application");
    await expectVisibleFocus(page);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${base}/app/applications/new`);
    await page.getByRole("heading", { name: "Step 1 of 3: What are you applying for?" }).waitFor();
    await expectAccessible(page, "application-wizard-step-1");

    // Step 1: "Next" without a choice is refused, announced, and focus goes to the first choice.
    await tabTo(page, "Next");
    await expectVisibleFocus(page);
    await page.keyboard.press("Enter");
    await expectAnnouncedError(page, "Choose what you're applying for");
    await expectAccessible(page, "application-wizard-step-1-error");
    await page.keyboard.press("Space");
    expect(await page.getByRole("radio", { name: /Accredit a program I run/ }).isChecked()).toBe(true);
    await expectVisibleFocus(page);
    await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("radio", { name: /Certify myself/ }).isChecked()).toBe(true);
    await page.keyboard.press("ArrowUp");
    expect(await page.getByRole("radio", { name: /Accredit a program I run/ }).isChecked()).toBe(true);
    await tabTo(page, "Next");
    await page.keyboard.press("Enter");

    // Step 2: focus lands on the step's heading, visibly.
    const step2 = page.getByRole("heading", { name: "Step 2 of 3: Program and certification" });
    await step2.waitFor();
    await expect.poll(() => step2.evaluate((h) => h === document.activeElement)).toBe(true);
    await expectVisibleFocus(page, { roundTrip: false });
    await page.getByRole("radio", { name: /Safe Moving and Handling/ }).waitFor();
    await expectAccessible(page, "application-wizard-step-2-empty");
    await tabTo(page, "Save and continue");
    await page.keyboard.press("Enter");
    await expectAnnouncedError(page, "Choose the program you want accredited");
    await expectAccessible(page, "application-wizard-step-2-error");
    await page.keyboard.press("Space");
    expect(await page.getByRole("radio", { name: /Safe Moving and Handling/ }).isChecked()).toBe(true);
    await expectVisibleFocus(page);
    await tabTo(page, "Save and continue");
    await expectVisibleFocus(page);
    await page.keyboard.press("Enter");

    // Step 3: the statement; submitting it empty is refused and announced.
    const step3 = page.getByRole("heading", { name: "Step 3 of 3: Your statement" });
    await step3.waitFor();
    await expect.poll(() => step3.evaluate((h) => h === document.activeElement)).toBe(true);
    await expectVisibleFocus(page, { roundTrip: false });
    await tabTo(page, "Submit for review");
    await expectVisibleFocus(page);
    await page.keyboard.press("Enter");
    await expectAnnouncedError(page, "Write at least 20 characters (you have 0)");
    await expectAccessible(page, "application-wizard-step-3-error");
    await page.keyboard.type("Eight hours of safe moving and handling, each learner observed using the hoist and slide sheets.");
    await expectVisibleFocus(page);
    await shot(page, "30-keyboard-statement");
    await tabTo(page, "Submit for review");
    await page.keyboard.press("Enter");
    await page.getByText("Application submitted").first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("every public, applicant and staff page passes axe (WCAG 2.0/2.1 A+AA) at 1280 and 360 px", async () => {
    const password = "a calm and long passphrase";
    const adminEmail = unique("sweep.admin");
    runCli(inject("env"), ["user:create", "--email", adminEmail, "--password", password, "--role", "ADMIN", "--first-name", "Sam", "--last-name", "Sweep", "--date-of-birth", "1981-01-01"]);
    const secret = await enrolStaffMfa(base, adminEmail, password);
    const applicantEmail = unique("sweep.applicant");
    runCli(inject("env"), ["user:create", "--email", applicantEmail, "--password", password, "--role", "APPLICANT", "--first-name", "Ari", "--last-name", "Sweep", "--date-of-birth", "1992-02-02"]);

    const visitor = await browser.newContext();
    const failures = await sweep(await visitor.newPage(), PUBLIC_ROUTES, "sweep-public-");
    await visitor.close();

    const applicant = await browser.newContext();
    const a = await applicant.newPage();
    await signIn(a, base, applicantEmail, password);
    failures.push(...(await sweep(a, APPLICANT_ROUTES, "sweep-")));
    await applicant.close();

    const staff = await browser.newContext();
    const s = await staff.newPage();
    await signIn(s, base, adminEmail, password, secret);
    failures.push(...(await sweep(s, STAFF_ROUTES, "sweep-")));
    await staff.close();
    expect(failures, failures.join("\n\n")).toEqual([]);
  });
});
