import { describe, expect, it } from "vitest";
import { LANGUAGE_CODES } from "../users/user.entity";
import { formatDate, formatMoney } from "../../common/i18n/languages";
import { MAIL_DICTIONARIES, type MailTemplateName, renderMail, type TemplateParams } from "./mail.templates";

const URL = "https://certify.example.org/some/path?token=abc_DEF-123";

/** One sample per template: every text value is distinctive, so a template that drops one is caught. */
const SAMPLES: { [K in MailTemplateName]: TemplateParams[K] } = {
  breachNotice: { firstName: "Zelda", whatHappened: "HAPPENED-TEXT", whatWeDid: "WE-DID-TEXT", whatYouShouldDo: "YOU-DO-TEXT" },
  policyChanged: { firstName: "Zelda", title: "Privacy Policy", effectiveAt: new Date("2027-01-15T00:00:00Z"), url: URL },
  invitation: { organization: "Sunrise Home Care", url: URL },
  invoice: { firstName: "Zelda", invoiceNumber: "INV-2026-0001", amountCents: 45000, currency: "usd", item: "Home Care Aide", url: URL },
  receipt: { firstName: "Zelda", invoiceNumber: "INV-2026-0001", amountCents: 45000, currency: "usd", paidAt: new Date("2026-11-29T12:00:00Z"), card: { brand: "visa", last4: "4242" } },
  notification: { firstName: "Zelda", title: "TITLE-TEXT", body: "BODY-TEXT", url: URL },
  verifyEmail: { firstName: "Zelda", url: URL },
  passwordReset: { firstName: "Zelda", url: URL },
  passwordChanged: { firstName: "Zelda" },
  mfaEnabled: { firstName: "Zelda" },
  privacyCode: { firstName: "Zelda", code: "123456" },
  accountDeleted: { firstName: "Zelda", note: "NOTE-TEXT" },
};

/** The values a rendering must show, in its language's formats. */
function expectedValues<K extends MailTemplateName>(language: (typeof LANGUAGE_CODES)[number], params: TemplateParams[K]): string[] {
  const values: string[] = [];
  for (const [key, value] of Object.entries(params as Record<string, unknown>)) {
    if (typeof value === "string" && key !== "currency") values.push(value);
    else if (value instanceof Date) values.push(formatDate(language, value));
    else if (typeof value === "number") values.push(formatMoney(language, value, String((params as { currency?: string }).currency)));
    else if (value && typeof value === "object") values.push(...Object.values(value).filter((v): v is string => typeof v === "string"));
  }
  return values;
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

describe("mail templates in every language", () => {
  const names = Object.keys(MAIL_DICTIONARIES.en.templates).sort();

  it("every language has every template", () => {
    for (const language of LANGUAGE_CODES) expect(Object.keys(MAIL_DICTIONARIES[language].templates).sort()).toEqual(names);
    expect(Object.keys(SAMPLES).sort()).toEqual(names);
  });

  for (const name of Object.keys(SAMPLES) as MailTemplateName[]) {
    it(`${name}: same values and link in English and Spanish, and the Spanish words differ`, () => {
      const rendered = Object.fromEntries(LANGUAGE_CODES.map((l) => [l, renderMail(l, name, SAMPLES[name] as never)]));
      for (const language of LANGUAGE_CODES) {
        const mail = rendered[language];
        for (const value of expectedValues(language, SAMPLES[name])) {
          expect(`${mail.subject}\n${mail.text}`, `${language} ${name} text`).toContain(value);
          expect(mail.html, `${language} ${name} html`).toContain(escapeHtml(value));
        }
        const urls = (s: string) => (s.match(/https:\/\/[^\s"<]+/g) ?? []).map((u) => u.replace(/&amp;/g, "&"));
        expect(new Set(urls(mail.text)), `${language} ${name} links`).toEqual(new Set(urls(rendered.en.text)));
        expect(mail.html).toContain(`<html lang="${language}">`);
      }
      expect(rendered.es.text).not.toBe(rendered.en.text);
      expect(rendered.es.text).toMatch(/Hola/);
      if (name !== "notification") expect(rendered.es.subject).not.toBe(rendered.en.subject);
    });
  }

  it("formats money and dates for the language (the web app's locales)", () => {
    const receipt = (l: "en" | "es") => renderMail(l, "receipt", SAMPLES.receipt).text;
    expect(receipt("en")).toContain("$450.00 on November 29, 2026, paid by visa ending 4242");
    expect(receipt("es")).toContain(`${formatMoney("es", 45000, "usd")} el 29 de noviembre de 2026, pagado con visa terminada en 4242`);
    expect(renderMail("es", "receipt", { ...SAMPLES.receipt, card: null }).text).toContain("factura (pago fuera de línea)");
  });

  it("escapes what people wrote", () => {
    const mail = renderMail("es", "notification", { firstName: "<b>Zelda</b>", title: "T", body: "a & b", url: null });
    expect(mail.html).toContain("&lt;b&gt;Zelda&lt;/b&gt;");
    expect(mail.html).not.toContain("<b>Zelda");
  });

  it("reads English for a language it does not know", () => {
    expect(renderMail("fr" as never, "mfaEnabled", SAMPLES.mfaEnabled).subject).toBe("Two-step sign-in is on");
  });
});
