import { mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { totp } from "./api";
import { ROOT } from "./global-setup";

export const ARTIFACTS = path.join(ROOT, "e2e", "artifacts");

/** Debian's Chromium, headless, with the flags this closed network needs. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A full-page screenshot in e2e/artifacts/ (CI keeps them); `name` may contain a folder, e.g. `screens/app-360`. */
export async function shot(page: Page, name: string): Promise<void> {
  const file = path.join(ARTIFACTS, `${name}.png`);
  mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
}

/** One part of a page (e.g. a section of a long page), small enough for the docs. */
export async function shotOf(part: Locator, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await part.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Fails the test on any console error or uncaught page error. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/** Signs in through the login page (and the TOTP step for staff), then waits for the app or admin area. */
export async function signIn(page: Page, base: string, email: string, password: string, totpSecret?: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (totpSecret) {
    // The enrolment used the current step; the next one is fresh and within the ±1 window.
    await page.getByLabel("6-digit code").fill(totp(totpSecret, 30_000));
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await page.waitForURL((url) => url.pathname.startsWith("/app") || url.pathname.startsWith("/admin"));
}
