import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Browser, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible } from "./axe";
import { launch, shot, signIn, watchConsole } from "./browser";
import { runCli } from "./global-setup";

const base = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Flips a switch that saves as soon as it changes, and waits for the "Saved: …" status. */
async function flip(toggle: Locator, status: Locator, label: string): Promise<boolean> {
  const was = await toggle.isChecked();
  await toggle.click();
  await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe(`Saved: ${label} ${was ? "off" : "on"}.`);
  return !was;
}

describe("privacy center in Chromium [POL-RIGHT-ACCESS][POL-RIGHT-PORTABILITY][POL-RIGHT-ERASURE]", () => {
  it("an applicant changes their choices and preferences (kept after a reload), exports their data and downloads it, then asks for their account to be deleted", async () => {
    const email = `privacy.${randomBytes(4).toString("hex")}@example.org`;
    const password = "a calm and long passphrase";
    runCli(inject("env"), ["user:create", "--email", email, "--password", password, "--role", "APPLICANT", "--first-name", "Priya", "--last-name", "Vance", "--date-of-birth", "1988-09-09"]);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await signIn(page, base, email, password);

    // The privacy center: what we hold, optional uses of the data, requests.
    await page.goto(`${base}/app/privacy`);
    await page.getByRole("heading", { name: "Privacy center", level: 1 }).waitFor();
    const choices = page.getByRole("list", { name: "Optional uses of your data" });
    const marketing = choices.getByRole("switch", { name: "News and offers by e-mail" });
    await marketing.waitFor();
    await shot(page, "40-privacy-center");
    await expectAccessible(page, "privacy-center");
    const choiceStatus = page.getByRole("region", { name: "Your choices" }).getByRole("status");
    const marketingOn = await flip(marketing, choiceStatus, "News and offers by e-mail");
    await page.reload();
    await expect.poll(() => page.getByRole("switch", { name: "News and offers by e-mail" }).isChecked(), { timeout: 30_000 }).toBe(marketingOn);

    // Communication preferences live on the profile page; the privacy center links to them.
    await page.getByRole("link", { name: "communication preferences" }).click();
    await page.waitForURL(/\/app\/profile/);
    const preferences = page.getByRole("region", { name: "Communication preferences" });
    const announcements = preferences.getByRole("switch", { name: "Announcements by e-mail" });
    await announcements.waitFor();
    const announcementsOn = await flip(announcements, preferences.getByRole("status"), "Announcements by e-mail");
    await shot(page, "41-communication-preferences");
    await expectAccessible(page, "communication-preferences");
    await page.reload();
    await expect
      .poll(() => page.getByRole("region", { name: "Communication preferences" }).getByRole("switch", { name: "Announcements by e-mail" }).isChecked(), { timeout: 30_000 })
      .toBe(announcementsOn);

    // An export: prepared by a background job while the page shows its progress, then downloaded.
    await page.goto(`${base}/app/privacy`);
    const requestForm = page.getByRole("form", { name: "Make a request" });
    await requestForm.getByRole("radio", { name: /Export my data/ }).check();
    await requestForm.getByRole("button", { name: "Send request" }).click();
    await page.getByText("We've received your request: Export of my data.").waitFor({ timeout: 30_000 });
    const requests = page.getByRole("list", { name: "Your privacy requests, newest first" });
    const download = requests.getByRole("listitem").filter({ hasText: "Export of my data" }).getByRole("button", { name: "Download your data" });
    // The list polls while a file is being prepared; a reload would show it too.
    await download.waitFor({ timeout: 60_000 });
    await shot(page, "42-privacy-export-ready");
    await expectAccessible(page, "privacy-export-ready");
    const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
    expect(file.suggestedFilename()).toMatch(/^carecoreplus-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync((await file.path())!, "utf8")) as { format: string; sections: unknown };
    expect(exported.format).toBe("carecoreplus.personal-data-export.v1");
    expect(exported.sections).toBeTruthy();
    expect(JSON.stringify(exported)).toContain(email);

    // Deletion: the warning, the "I understand" box, then the request is received (staff carry it out).
    await requestForm.getByRole("radio", { name: /Delete my account/ }).check();
    await page.getByText("Before you ask us to delete your account").waitFor();
    await requestForm.getByRole("button", { name: "Ask us to delete my account" }).click();
    // Without the confirmation the form refuses and says why.
    await requestForm.getByText("Tick the box to confirm that you want your account deleted").waitFor();
    await requestForm.getByLabel("I understand that my account will be deleted and this can't be undone").check();
    await shot(page, "43-privacy-deletion-confirm");
    await expectAccessible(page, "privacy-deletion-confirm");
    await requestForm.getByRole("button", { name: "Ask us to delete my account" }).click();
    await page.getByText("We've received your request: Account deletion.").waitFor({ timeout: 30_000 });
    const deletion = requests.getByRole("listitem").filter({ hasText: "Account deletion" });
    await deletion.getByText("Received", { exact: true }).waitFor({ timeout: 30_000 });
    await shot(page, "44-privacy-deletion-received");
    await expectAccessible(page, "privacy-deletion-received");
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
