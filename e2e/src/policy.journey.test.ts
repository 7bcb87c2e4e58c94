import { randomBytes } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { enrolStaffMfa } from "./api";
import { expectAccessible } from "./axe";
import { launch, shot, signIn, watchConsole } from "./browser";
import { runCli } from "./global-setup";

const base = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/**
 * A `datetime-local` value on the browser's own clock, `days` from now. "Now" keeps its seconds: rounded
 * down to the minute it could be more than the minute in the past the server allows.
 */
const localInput = (page: Page, days: number) =>
  page.evaluate((d) => {
    const t = new Date(Date.now() + d * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    const minute = `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}T${pad(t.getHours())}:${pad(t.getMinutes())}`;
    return d === 0 ? `${minute}:${pad(t.getSeconds())}` : minute;
  }, days);

/** Fills in "Publish a new version" on the admin policies screen, confirms, and waits for the published notice. */
async function publish(page: Page, v: { kind: string; title: string; body: string; days: number; material: boolean }, screenshot?: string): Promise<void> {
  const form = page.getByRole("form", { name: "Publish a new version" });
  await form.getByLabel("Which policy").selectOption({ label: v.kind });
  await form.getByLabel("Title").fill(v.title);
  await form.getByLabel("Text of the policy").fill(v.body);
  await form.getByLabel("Takes effect on").fill(await localInput(page, v.days));
  await form.getByLabel("This is a material change (e-mail everyone, 30 days' notice)").setChecked(v.material);
  await form.getByRole("button", { name: "Publish version" }).click();
  await form.getByRole("button", { name: "Yes, publish" }).waitFor();
  if (screenshot) {
    await shot(page, screenshot);
    await expectAccessible(page, "admin-policies-confirm");
  }
  await form.getByRole("button", { name: "Yes, publish" }).click();
  await page.getByText(new RegExp(`Version \\d+ of the ${v.title} is published`)).waitFor({ timeout: 30_000 });
}

describe("policy changes in Chromium [POL-CHANGE-NOTICE]", () => {
  it("an admin publishes a material privacy policy change (announced to everyone) and a minor terms update; a registered applicant sees the notice, reads and accepts the update, and the banner goes", async () => {
    const password = "a calm and long passphrase";
    // An applicant who registered (and so accepted the policies in force) before the change.
    const applicantEmail = `policy.${randomBytes(4).toString("hex")}@example.org`;
    const registration = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const r = await registration.newPage();
    await r.goto(`${base}/register`);
    await r.getByLabel("E-mail address").fill(applicantEmail);
    await r.getByLabel("Password", { exact: true }).fill(password);
    await r.getByLabel("First name").fill("Noor");
    await r.getByLabel("Last name").fill("Okafor");
    await r.getByLabel("Date of birth").fill("1992-11-20");
    await r.getByLabel(/I have read and accept/).check();
    await r.getByRole("button", { name: "Create account" }).click();
    await r.waitForURL(`${base}/app`);
    await registration.close();

    // The admin publishes on the policies screen.
    const adminEmail = `policy-admin.${randomBytes(4).toString("hex")}@example.org`;
    runCli(inject("env"), ["user:create", "--email", adminEmail, "--password", password, "--role", "ADMIN", "--first-name", "Ada", "--last-name", "Admin", "--date-of-birth", "1980-05-01"]);
    const secret = await enrolStaffMfa(base, adminEmail, password);
    const admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const a = await admin.newPage();
    const adminProblems = watchConsole(a);
    await signIn(a, base, adminEmail, password, secret);
    await a.goto(`${base}/admin/policies`);
    await a.getByRole("heading", { name: "Publish a new version" }).waitFor();
    await expectAccessible(a, "admin-policies");

    // A material change: 30 days' notice (the form says the earliest date), and everyone is e-mailed.
    await publish(
      a,
      {
        kind: "Privacy policy",
        title: "Privacy Policy",
        body: "Privacy Policy\n\nWe now keep verification logs for two years instead of one, so employers can show when they checked a credential.\n\n• Verification logs: 24 months.",
        days: 31,
        material: true,
      },
      "50-admin-policy-publish-confirm",
    );
    await shot(a, "51-admin-policy-published");
    await expectAccessible(a, "admin-policies-published");
    // Everyone sees the announcement, signed in or not, until it takes effect.
    const notice = (page: Page) => page.getByRole("complementary", { name: "Policy updates" }).getByText(/We're updating our Privacy Policy on/);
    await notice(a).waitFor({ timeout: 30_000 });
    // A visitor who is not signed in sees it too, and can read the new version beside the current one.
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await visitor.goto(base);
    await notice(visitor).waitFor({ timeout: 30_000 });
    await visitor.getByRole("complementary", { name: "Policy updates" }).getByRole("link", { name: "Read what changes." }).click();
    await visitor.waitForURL(`${base}/privacy`);
    await visitor.getByRole("tab", { name: /^Version \d+, from / }).click();
    await visitor.getByRole("tabpanel").getByText("We now keep verification logs for two years").waitFor();
    await shot(visitor, "51b-privacy-policy-upcoming");
    await expectAccessible(visitor, "privacy-policy-upcoming");
    // The notice sits on every page once announced, so it must fit a phone too.
    await visitor.setViewportSize({ width: 360, height: 800 });
    await visitor.goto(base);
    await notice(visitor).waitFor({ timeout: 30_000 });
    expect(await visitor.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await shot(visitor, "51c-policy-notice-360");
    await expectAccessible(visitor, "policy-notice-360");
    await visitor.close();

    // A minor update to the terms, in force at once: signed-in people are asked to accept it.
    await publish(a, {
      kind: "Terms of use",
      title: "Terms of Use",
      body: "Terms of Use\n\nWe clarified how to contact support. Nothing about your rights or our obligations has changed.",
      days: 0,
      material: false,
    });

    // The applicant signs in again: the announcement at the top, and on the dashboard the terms to accept (their
    // first version: the applicant never agreed to terms before, so they are asked to read and accept them).
    const applicant = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await applicant.newPage();
    const problems = watchConsole(p);
    await signIn(p, base, applicantEmail, password);
    await notice(p).waitFor({ timeout: 30_000 });
    const banner = p.locator(".alert", { hasText: "Please read and accept our policies" });
    await banner.waitFor({ timeout: 30_000 });
    await shot(p, "52-policy-banner");
    await expectAccessible(p, "policy-banner");
    await banner.getByText("Terms of Use (version 1)").click();
    await banner.getByLabel("Terms of Use, full text").waitFor();
    await banner.getByText("We clarified how to contact support.").waitFor();
    await shot(p, "53-policy-banner-opened");
    await expectAccessible(p, "policy-banner-opened");
    await banner.getByRole("button", { name: "I have read and accept this policy" }).click();
    await expect.poll(() => banner.count(), { timeout: 30_000 }).toBe(0);
    await p.reload();
    await p.getByRole("heading", { level: 1 }).waitFor();
    await notice(p).waitFor({ timeout: 30_000 });
    expect(await p.locator(".alert", { hasText: "updates to our policies" }).count()).toBe(0);
    expect(await p.locator(".alert", { hasText: "accept our policies" }).count()).toBe(0);
    expect(await p.locator(".alert", { hasText: "updated policies" }).count()).toBe(0);
    await shot(p, "54-policy-accepted");
    expect(problems).toEqual([]);
    expect(adminProblems).toEqual([]);
    await applicant.close();
    await admin.close();
  }, 180_000);
});
