// Spanish for the public pages: a visitor switches to Español on the landing page, the choice
// sticks (localStorage) on the verification page a certificate's QR code opens, and back again.
// Then a Spanish-speaking care worker signs up and walks through every applicant page: each one is in
// Spanish (no English sentence left), passes axe, and the server's own words (an error, the e-mail)
// come in Spanish too.
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

  it("a care worker whose browser speaks Spanish signs up and uses every applicant page in Spanish", async () => {
    const env = inject("env");
    const taken = `e2e.taken.${randomBytes(4).toString("hex")}@example.org`;
    runCli(env, ["user:create", "--email", taken, "--password", "a calm and long passphrase", "--role", "APPLICANT", "--first-name", "Ana", "--last-name", "Ruiz", "--date-of-birth", "1980-01-01"]);
    const email = `e2e.es.${randomBytes(4).toString("hex")}@example.org`;
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "es-US" });
    const page = await context.newPage();
    const problems = watchConsole(page);

    // The browser's language is enough: no switch needed.
    await page.goto(`${base}/register`);
    await page.getByRole("heading", { level: 1, name: "Cree su cuenta" }).waitFor();
    await page.getByLabel("Correo electrónico").fill(taken);
    await page.getByLabel("Contraseña", { exact: true }).fill("una frase de paso larga y tranquila");
    await page.getByLabel("Nombre", { exact: true }).fill("Lucía");
    await page.getByLabel("Apellido").fill("Ramos");
    await page.getByLabel("Fecha de nacimiento").fill("1986-06-06");
    await page.getByLabel(/Leí y acepto/).check();
    await page.getByRole("button", { name: "Crear cuenta" }).click();
    // The server's answer, in Spanish: the address is taken.
    await page.getByText("Ya existe una cuenta con este correo electrónico. Intente iniciar sesión.").waitFor();
    await page.getByLabel("Correo electrónico").fill(email);
    await page.getByRole("button", { name: "Crear cuenta" }).click();
    await page.waitForURL(`${base}/app`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Lucía");

    // The confirmation e-mail is written in Spanish (the account took the page's language).
    await expect
      .poll(async () => (await (await fetch(`${base}/dev/mailbox`)).text()).split("<article>").some((a) => a.includes(email) && a.includes("Confirme su dirección de correo electrónico")), { timeout: 60_000 })
      .toBe(true);

    const pages: [string, string][] = [
      ["/app", "dashboard"],
      ["/app/applications/new", "application-new"],
      ["/app/applications", "applications"],
      ["/app/credentials", "credentials"],
      ["/app/programs", "programs"],
      ["/app/programs/new", "program-new"],
      ["/app/organization", "organization"],
      ["/app/profile", "profile"],
      ["/app/profile/professional", "professional-profile"],
      ["/app/security", "security"],
      ["/app/privacy", "privacy-center"],
      ["/app/support", "support"],
    ];
    const leftovers: string[] = [];
    for (const [path, name] of pages) {
      await page.goto(`${base}${path}`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await page.waitForLoadState("networkidle");
      expect(await page.evaluate(() => document.documentElement.lang), path).toBe("es");
      leftovers.push(...(await englishLeftovers(page)).map((line) => `${path}: ${line}`));
      await shot(page, `62-es-${name}`);
      await expectAccessible(page, `es-${name}`);
    }
    expect(leftovers).toEqual([]);

    expect(problems).toEqual([]);
    await context.close();
  });
});

// Words that are in almost every English sentence and in no Spanish one.
const ENGLISH = /\b(the|your|you|and|with|this|what|for|our|please|is|are|not|have|will)\b/i;

/** Lines of the page's visible text that read as English (the policy text itself is English by design). */
async function englishLeftovers(page: import("playwright-core").Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && ENGLISH.test(line));
}
