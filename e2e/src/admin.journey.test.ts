import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { enrolStaffMfa, gql } from "./api";
import { expectAccessible } from "./axe";
import { launch, shot, signIn, watchConsole } from "./browser";
import { runCli } from "./global-setup";

const base = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("admin in Chromium [POL-SEC-AUDIT]", () => {
  it("an admin reads and filters the audit log, downloads the hash-chained copy, and the page works at 360 px", async () => {
    const password = "a calm and long passphrase";
    const email = `auditor.${randomBytes(4).toString("hex")}@example.org`;
    runCli(inject("env"), ["user:create", "--email", email, "--password", password, "--role", "ADMIN", "--first-name", "Ada", "--last-name", "Auditor", "--date-of-birth", "1975-04-04"]);
    const secret = await enrolStaffMfa(base, email, password);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signIn(page, base, email, password, secret);
    await page.getByRole("link", { name: "Audit log" }).click();
    await page.getByRole("heading", { name: "Audit log" }).waitFor();
    await page.getByRole("region", { name: "Audit events" }).waitFor();
    await shot(page, "20-audit-log");
    await expectAccessible(page, "admin-audit-log");

    await page.getByLabel("Action").fill("auth.");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.getByText(/Showing \d+ of \d+ events/).waitFor();
    const actions = await page.locator("table tbody th code").allTextContents();
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.every((a) => a.startsWith("auth."))).toBe(true);

    // Clicking a person's id narrows the list to what they did.
    await page.locator("table tbody tr").first().locator("td").nth(1).locator("button").click();
    await expect.poll(async () => page.getByLabel("Person id").inputValue()).toMatch(/^[0-9a-f-]{36}$/);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download these events" }).click()]);
    const lines = readFileSync((await download.path())!, "utf8").trim().split("\n");
    const last = JSON.parse(lines[lines.length - 1]) as { format: string; events: number; chainHead: string };
    expect(last.format).toBe("carecoreplus.audit-export.v1");
    expect(last.events).toBe(lines.length - 1);
    expect(last.chainHead).toMatch(/^[0-9a-f]{64}$/);

    // People: disable an applicant's account (with a reason), then enable it again.
    const applicantEmail = `held.${randomBytes(4).toString("hex")}@example.org`;
    runCli(inject("env"), ["user:create", "--email", applicantEmail, "--password", password, "--role", "APPLICANT", "--first-name", "Hana", "--last-name", "Held", "--date-of-birth", "1990-01-01"]);
    await page.getByRole("link", { name: "People" }).click();
    await page.getByLabel("Full e-mail address").fill(applicantEmail);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("button", { name: "Disable the account of Hana Held" }).waitFor();
    await expectAccessible(page, "admin-people");
    await page.getByRole("button", { name: "Disable the account of Hana Held" }).click();
    await page.getByLabel("The person is under 18").check();
    await shot(page, "22-disable-account");
    await expectAccessible(page, "admin-people-disable-account");
    await page.getByRole("button", { name: "Disable the account", exact: true }).click();
    await page.getByText("Hana Held's account is disabled").waitFor();
    await page.getByRole("button", { name: "Enable the account of Hana Held" }).click();
    await page.getByRole("button", { name: "Enable the account", exact: true }).click();
    await page.getByText("Hana Held can sign in again.").waitFor();
    // Integrations (API keys and webhooks share the list rows of organization members).
    await page.getByRole("link", { name: "Integrations" }).click();
    await page.getByRole("heading", { name: "Integrations", level: 1 }).waitFor();
    await page.getByLabel("Who is the key for?").fill("Sunrise Home Care HR");
    await page.getByRole("button", { name: "Create API key" }).click();
    await page.locator(".integration-list .integration").first().waitFor();
    await shot(page, "23-integrations");
    await expectAccessible(page, "admin-integrations");
    await page.getByRole("link", { name: "Audit log" }).click();

    await page.setViewportSize({ width: 360, height: 800 });
    await page.reload();
    await page.getByRole("heading", { name: "Audit log" }).waitFor();
    await page.getByRole("region", { name: "Audit events" }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, "21-audit-log-360");
    await expectAccessible(page, "admin-audit-log-360");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("an admin opens Insights: five charts with their numbers, a CSV of a chart and of a list, at 1280 and 360 px [POL-RIGHT-30DAYS]", async () => {
    const password = "a calm and long passphrase";
    // Something to chart: a submitted application, an open privacy request (a deletion: access requests are answered by a job) and a retention run.
    const applicantEmail = `insight.${randomBytes(4).toString("hex")}@example.org`;
    runCli(inject("env"), ["user:create", "--email", applicantEmail, "--password", password, "--role", "APPLICANT", "--first-name", "Ines", "--last-name", "Sight", "--date-of-birth", "1985-02-02"]);
    const email = `insights.${randomBytes(4).toString("hex")}@example.org`;
    runCli(inject("env"), ["user:create", "--email", email, "--password", password, "--role", "ADMIN", "--first-name", "Ida", "--last-name", "Insight", "--date-of-birth", "1979-03-03"]);
    // The CLI runs (synchronously) before any request: a kept-alive connection would idle out meanwhile.
    runCli(inject("env"), ["retention:run"]);
    const login = await gql<{ authLogin: { accessToken: string } }>(base, "mutation($i: AuthLoginInput!) { authLogin(input: $i) { accessToken } }", { i: { email: applicantEmail, password } });
    const token = login.authLogin.accessToken;
    const program = await gql<{ programCreate: { program: { id: string } } }>(
      base,
      "mutation($i: ProgramCreateInput!) { programCreate(input: $i) { program { id } errors { code } } }",
      { i: { title: "Insightful Care", description: "A program to chart.", modules: [{ title: "Care", hours: 10, competencies: ["Listening"] }], instructors: [{ fullName: "Ina Structor", qualifications: "RN" }] } },
      token,
    );
    const created = await gql<{ applicationCreate: { application: { id: string } } }>(
      base,
      "mutation($i: ApplicationCreateInput!) { applicationCreate(input: $i) { application { id } errors { code } } }",
      { i: { kind: "PROGRAM_ACCREDITATION", programId: program.programCreate.program.id, statement: "Our program trains home care aides over twelve weeks with supervised practice." } },
      token,
    );
    const submitted = await gql<{ applicationSubmit: { errors: unknown[] } }>(base, "mutation($id: ID!) { applicationSubmit(id: $id) { errors { code } } }", { id: created.applicationCreate.application.id }, token);
    expect(submitted.applicationSubmit.errors).toEqual([]);
    const asked = await gql<{ privacyRequestCreate: { errors: unknown[] } }>(base, "mutation($d: String) { privacyRequestCreate(input: { kind: DELETION, details: $d }) { errors { code message } } }", { d: "Please delete my account." }, token);
    expect(asked.privacyRequestCreate.errors).toEqual([]);

    const secret = await enrolStaffMfa(base, email, password);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signIn(page, base, email, password, secret);
    const nav = page.getByRole("navigation", { name: "Staff area" });
    expect(await nav.getByRole("link").first().textContent()).toBe("Insights");
    await nav.getByRole("link", { name: "Insights" }).click();
    await page.getByRole("heading", { name: "Insights", level: 1 }).waitFor();
    await page.getByRole("img", { name: /submitted, .* approved/ }).waitFor();
    await page.getByRole("img", { name: /open privacy requests/ }).waitFor();
    await page.getByRole("img", { name: /retention runs removed/ }).waitFor();
    expect(await page.locator("section.panel h2").allTextContents()).toEqual([
      "Applications by status",
      "Review turnaround",
      "Credentials expiring in the next 90 days",
      "Open privacy requests by due date",
      "Retention runs",
    ]);
    // Grouping by month is kept in the URL.
    await page.getByRole("radio", { name: "Months" }).click();
    await page.waitForURL(`${base}/admin/insights?bucket=MONTH`);
    await expect.poll(() => page.getByRole("radio", { name: "Months" }).isChecked()).toBe(true);
    await page.getByRole("img", { name: /submitted, .* over [34] periods/ }).waitFor(); // 90 days touch three or four months
    await shot(page, "30-admin-insights");
    // Each chart's numbers are a table behind "Show the numbers".
    const applications = page.locator("section", { has: page.getByRole("heading", { name: "Applications by status" }) });
    await applications.locator("summary").click();
    await applications.getByRole("rowheader").first().waitFor();
    await expectAccessible(page, "admin-insights");

    const chartDownload = page.waitForEvent("download");
    await page.getByRole("button", { name: /^Download CSV\s*: Open privacy requests by due date$/ }).click({ timeout: 10_000 });
    const chartCsv = await chartDownload;
    expect(chartCsv.suggestedFilename()).toMatch(/^ccp-insights-privacy-90d-MONTH-\d{4}-\d{2}-\d{2}\.csv$/);
    const chartLines = readFileSync((await chartCsv.path())!, "utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(chartLines[0]).toBe("due,access,export,correction,deletion,total");
    expect(chartLines).toHaveLength(5);

    // A list's CSV holds every matching row, made by the server with the screen's filters.
    await nav.getByRole("link", { name: "Privacy requests" }).click();
    await page.getByLabel("Kind").selectOption("DELETION");
    const [listCsv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Download CSV/ }).click()]);
    expect(listCsv.suggestedFilename()).toMatch(/^carecoreplus-privacy-requests-\d{4}-\d{2}-\d{2}\.csv$/);
    const listLines = readFileSync((await listCsv.path())!, "utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(listLines[0]).toBe("id,kind,status,requester,requester_email,received_at,due_at,completed_at,overdue,identity_check");
    expect(listLines.some((l) => l.includes(`,Ines Sight,${applicantEmail},`))).toBe(true);

    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${base}/admin/insights`);
    await page.getByRole("img", { name: /submitted, .* approved/ }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, "31-admin-insights-360");
    await expectAccessible(page, "admin-insights-360");
    expect(problems).toEqual([]);
    await context.close();
  });
});
