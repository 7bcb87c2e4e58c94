import { randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible } from "./axe";
import { launch, shot, watchConsole } from "./browser";
import { runCli } from "./global-setup";

const base = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const totp = (secret: string, offsetMs = 0) =>
  new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetMs });

async function mailLink(email: string, pathPart: string): Promise<string> {
  const html = await (await fetch(`${base}/dev/mailbox`)).text();
  const article = html.split("<article>").find((a) => a.includes(email) && a.includes(pathPart));
  const m = article && new RegExp(`href="([^"]*${pathPart}[^"]*)"`).exec(article);
  if (!m) throw new Error(`no ${pathPart} mail for ${email}`);
  return m[1].replaceAll("&amp;", "&");
}

async function eventually<T>(fn: () => Promise<T>, tries = 50): Promise<T> {
  let last: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await fn();
    } catch (e) {
      last = e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw last;
}

describe("account journey in Chromium", () => {
  it("[POL-COLLECT-ACCOUNT][POL-SEC-MFA] register -> verify e-mail -> enrol MFA -> sign out -> sign in with a code", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watchConsole(page);
    const email = `e2e.${randomBytes(4).toString("hex")}@example.org`;
    const password = "a calm and long passphrase";

    await page.goto(base);
    await expect.poll(() => page.title()).toMatch(/CareCorePlus/);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await shot(page, "01-landing");
    await expectAccessible(page, "landing");

    await page.goto(`${base}/register`);
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByLabel("First name").fill("Rosa");
    await page.getByLabel("Last name").fill("Delgado");
    await page.getByLabel("Date of birth").fill("1990-03-14");
    await page.getByLabel(/I have read and accept/).check();
    await shot(page, "02-register");
    await expectAccessible(page, "register");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(`${base}/app`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Rosa");
    await shot(page, "03-dashboard");
    await expectAccessible(page, "applicant-dashboard");

    // The verification e-mail arrives through the background job; the dev mailbox shows it. It goes ahead of bulk
    // mail (a policy announcement from another journey), but a busy CI machine may still take a while: up to 60 s.
    const link = await eventually(() => mailLink(email, "/verify-email"), 300);
    await page.goto(link);
    await page.getByText("your e-mail address is confirmed").waitFor();
    await expectAccessible(page, "verify-email");

    await page.goto(`${base}/app/security`);
    await page.getByRole("button", { name: "Set up two-step sign-in" }).waitFor();
    await expectAccessible(page, "security");
    await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
    const secret = (await page.locator("code.secret").textContent())!.replace(/\s+/g, "");
    await page.getByAltText(/QR code/).waitFor();
    await shot(page, "04-mfa-enrolment");
    await expectAccessible(page, "mfa-enrolment");
    await page.getByLabel("6-digit code").fill(totp(secret));
    await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    const codes = page.getByRole("list", { name: "Your recovery codes" }).getByRole("listitem");
    await expect.poll(() => codes.count()).toBe(10);
    await shot(page, "05-recovery-codes");
    await expectAccessible(page, "mfa-recovery-codes");
    await page.getByRole("button", { name: "I've saved my recovery codes" }).click();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.goto(`${base}/login`);
    await page.getByLabel("E-mail address").waitFor();
    await expectAccessible(page, "login");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // The enrolment used this time step; the next step (within the ±1 window) is a fresh code.
    await page.getByLabel("6-digit code").fill(totp(secret, 30_000));
    await shot(page, "06-login-second-factor");
    await expectAccessible(page, "login-second-factor");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL(`${base}/app`);

    // A reload keeps the session (refresh cookie), without the access token being stored.
    await page.reload();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Rosa");
    expect(await page.evaluate(() => JSON.stringify(window.localStorage) + JSON.stringify(window.sessionStorage))).not.toMatch(/ey[A-Za-z0-9_-]{20,}/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("[POL-SEC-MFA] a new admin created with the CLI is sent to set up MFA first", async () => {
    const email = `admin.${randomBytes(4).toString("hex")}@example.org`;
    const id = runCli(inject("env"), ["user:create", "--email", email, "--password", "an admin passphrase", "--role", "ADMIN", "--first-name", "Ada", "--last-name", "Admin", "--date-of-birth", "1980-05-01"]);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("an admin passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/app"));
    // Even asked for directly, the staff area sends them to set up MFA.
    await page.goto(`${base}/admin`);
    await page.waitForURL(/\/app\/security/);
    await page.getByText(/Multi-factor authentication is required/i).first().waitFor();
    await shot(page, "07-admin-mfa-required-360");
    await expectAccessible(page, "admin-mfa-required-360");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Once enrolled, the staff area opens in the same page, without a reload: the MFA mutation's
    // user reaches the session through the Apollo cache (ViewerCacheBridge).
    await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
    const secret = (await page.locator("code.secret").textContent())!.replace(/\s+/g, "");
    await page.getByLabel("6-digit code").fill(totp(secret));
    await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await page.getByRole("button", { name: "I've saved my recovery codes" }).click();
    await page.getByRole("link", { name: "Staff area" }).click();
    await page.getByRole("heading", { level: 1, name: "Staff area" }).waitFor();
    expect(page.url()).toBe(`${base}/admin`);
    await context.close();
  });

  it("shows the published privacy policy with its Last Updated date", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/privacy`);
    await page.getByRole("heading", { name: "Privacy Policy", level: 1 }).waitFor();
    await page.getByText(/Last Updated:?\s*January 2025/).first().waitFor();
    await shot(page, "08-privacy");
    await expectAccessible(page, "privacy-policy");
    await page.close();
  });
});
