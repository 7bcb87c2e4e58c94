// Spanish for the public pages: a visitor switches to Español on the landing page, the choice
// sticks (localStorage) on the verification page a certificate's QR code opens, and back again.
import { randomBytes } from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { issueCredential } from "./api";
import { expectAccessible } from "./axe";
import { launch, shot, watchConsole } from "./browser";
import { runCli } from "./global-setup";

const base = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("language switch in Chromium", () => {
  it("landing page in Español, then /verify/<number> in Spanish after a reload, then back to English", async () => {
    const env = inject("env");
    const unique = (p: string) => `${p}.${randomBytes(4).toString("hex")}@example.org`;
    const number = await issueCredential(
      base,
      (email, password, role) =>
        void runCli(env, ["user:create", "--email", email, "--password", password, "--role", role, "--first-name", "Lucía", "--last-name", "Ramos", "--date-of-birth", "1986-06-06"]),
      unique,
    );

    // An English-speaking browser gets English first.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-US" });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(base);
    await page.getByRole("heading", { level: 1, name: "Trusted care starts with trusted training." }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");

    await page.getByRole("button", { name: "Español" }).click();
    await page.getByRole("heading", { level: 1, name: "Un cuidado de confianza empieza con una capacitación de confianza." }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("es");
    await expect.poll(() => page.title()).toBe("CareCorePlus · Certificación para el sector de cuidados");
    expect(await page.getByRole("button", { name: "Español" }).getAttribute("aria-pressed")).toBe("true");
    await page.getByRole("link", { name: "Iniciar sesión" }).first().waitFor();
    await shot(page, "60-landing-es");
    await expectAccessible(page, "landing-es");

    // A new page load keeps the choice; the verification page answers in Spanish, number untouched.
    await page.goto(`${base}/verify/${number}`);
    await page.getByRole("heading", { level: 1, name: "Verificar una credencial" }).waitFor();
    await page.getByText("Vigente", { exact: true }).waitFor();
    await page.getByText("CareCorePlus emitió esta credencial y hoy está en regla.").waitFor();
    await expect.poll(() => page.title()).toBe(`Verificar la credencial ${number} · CareCorePlus`);
    expect(await page.locator(".verify-details .credential-number").textContent()).toBe(number);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("es");
    await shot(page, "61-verify-es");
    await expectAccessible(page, "verify-es");

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Check a credential" }).waitFor();
    await page.getByText("Valid", { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");

    expect(problems).toEqual([]);
    await context.close();
  });
});
