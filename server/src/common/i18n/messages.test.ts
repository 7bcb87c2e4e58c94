import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES, PATTERNS, WORDS } from "./messages.es";
import { translateMessage } from "./messages";

const SRC = path.join(__dirname, "..", "..");
// Messages for operators and the code itself, not for people using the app.
const NOT_FOR_PEOPLE = [/^app\/(config|http|format-error)\.ts$/, /^modules\/credentials\/signing\//, /payment-processor\.ts$/, /^modules\/mail\/mail\.service\.ts$/, /^cli\//, /^database\//, /^test\//];

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [full] : [];
  });

const LITERAL = String.raw`("(?:[^"\\]|\\.)*"|\x60(?:[^\x60\\]|\\.)*\x60)`;
const FINDERS = [
  new RegExp(String.raw`userError\(\s*"[A-Z_]+",\s*` + LITERAL, "g"),
  new RegExp(String.raw`\.(?:min|max|length|regex|email|refine|int|positive|nonnegative|uuid|pipe)\((?:[^()"\x60]|\([^()]*\))*?,?\s*` + LITERAL + String.raw`\s*\)`, "g"),
  new RegExp(String.raw`message:\s*(?:translateMessage\()?` + LITERAL, "g"),
];

// In files that send notifications: their title and body, also when chosen with a ternary.
const NOTIFICATION_FINDERS = [
  new RegExp(String.raw`\b(?:title|body):\s*` + LITERAL, "g"),
  new RegExp(String.raw`\b(?:title|body)\b[^\n]*?\?\s*` + LITERAL, "g"),
  new RegExp(String.raw`\b(?:title|body)\b[^\n]*?\?\s*` + LITERAL + String.raw`\s*:\s*(?:[^\n?]*\?\s*)?` + LITERAL, "g"),
];

/** Every message literal in the server's source that people may read, with the file it is in. */
const messagesInSource = (): { file: string; text: string; template: boolean }[] => {
  const found = new Map<string, { file: string; text: string; template: boolean }>();
  for (const full of sourceFiles(SRC)) {
    const file = path.relative(SRC, full).split(path.sep).join("/");
    if (NOT_FOR_PEOPLE.some((r) => r.test(file))) continue;
    const source = readFileSync(full, "utf8");
    const notifies = /notifications\.notify\(/.test(source);
    for (const finder of notifies ? [...FINDERS, ...NOTIFICATION_FINDERS] : FINDERS) {
      for (const match of source.matchAll(finder)) {
        const literal = match.at(-1) ?? "";
        const text = literal.slice(1, -1);
        // Sentences only: identifiers such as "ADMIN" or "credentialVerify" are not messages.
        if (!/\s/.test(text.replace(/\$\{[^}]*\}/g, "x"))) continue;
        found.set(text, { file, text, template: literal.startsWith("`") && text.includes("${") });
      }
    }
  }
  return [...found.values()];
};

// `${…}` in a template and `{name}` in a pattern both stand for "a value here".
const shape = (text: string) => text.replace(/\$\{.*$/s, (rest) => rest.replace(/\$\{[^}]*\}?/g, "{}")).replace(/\{\w+\}/g, "{}");

describe("the API's messages in Spanish", () => {
  const messages = messagesInSource();

  it("finds the messages in the source (the scan itself works)", () => {
    expect(messages.length).toBeGreaterThan(150);
    expect(messages.map((m) => m.text)).toContain("The e-mail address or password is not right.");
  });

  it("has a Spanish sentence for every fixed message people can read", () => {
    const missing = messages.filter((m) => !m.template && !(m.text in MESSAGES)).map((m) => `${m.file}: ${m.text}`);
    expect(missing).toEqual([]);
  });

  it("has a pattern for every message with a value in it", () => {
    const shapes = Object.keys(PATTERNS).map(shape);
    const missing = messages
      .filter((m) => m.template)
      .filter((m) => {
        const s = shape(m.text);
        // A template with a nested template inside (`${list.map((l) => `…`)}`) is matched by its start.
        return !shapes.some((p) => p === s || (m.text.includes("=> ") && p.startsWith(s.slice(0, s.indexOf("{}")))));
      })
      .map((m) => `${m.file}: ${m.text}`);
    expect(missing).toEqual([]);
  });

  it("keeps no Spanish entry whose English no longer exists", () => {
    const texts = new Set(messages.map((m) => m.text));
    const source = sourceFiles(SRC).map((f) => readFileSync(f, "utf8")).join("\n");
    expect(Object.keys(MESSAGES).filter((english) => !texts.has(english) && !source.includes(JSON.stringify(english)))).toEqual([]);
  });

  it("keeps the values of a pattern in its Spanish", () => {
    for (const [english, spanish] of Object.entries(PATTERNS)) {
      expect([...spanish.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort(), english).toEqual([...english.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
    }
  });
});

describe("translateMessage", () => {
  it("leaves English as the services wrote it", () => {
    expect(translateMessage("No such program.", "en")).toBe("No such program.");
  });

  it("translates a fixed message", () => {
    expect(translateMessage("No such program.", "es")).toBe("No existe ese programa.");
  });

  it("puts numbers and our own words into a pattern's Spanish", () => {
    expect(translateMessage("An application can have at most 20 documents.", "es")).toBe("Una solicitud puede tener como máximo 20 documentos.");
    expect(translateMessage("Enter your first name.", "es")).toBe("Escriba su nombre.");
    expect(translateMessage("Missing: at least one curriculum module.", "es")).toBe("Falta: al menos un módulo del plan de estudios.");
    expect(translateMessage("An application that is under review cannot be submitted.", "es")).toBe("Una solicitud que está en revisión no puede ser enviada.");
    expect(translateMessage("This invitation was cancelled already.", "es")).toBe("Esta invitación ya fue cancelada.");
    expect(translateMessage("1 affected person has not been notified yet. Send the notice before closing the incident.", "es")).toBe(
      "Todavía no se avisó a 1 persona afectada. Envíe el aviso antes de cerrar el incidente.",
    );
  });

  it("reads the notifications people get, with their numbers and dates", () => {
    expect(translateMessage("Your credential CCP-2026-000123 expires in 29 days", "es")).toBe("Su credencial CCP-2026-000123 vence en 29 días");
    expect(translateMessage("Your credential CCP-2026-000123 expires in 1 day", "es")).toBe("Su credencial CCP-2026-000123 vence en 1 día");
    expect(translateMessage("Your credential CCP-2026-000123 was revoked", "es")).toBe("Su credencial CCP-2026-000123 fue revocada");
    expect(translateMessage("It is valid until 2027-01-31. Start your renewal in CareCorePlus so there is no gap.", "es")).toBe(
      "Es válida hasta el 31 de enero de 2027. Empiece su renovación en CareCorePlus para no quedarse sin credencial.",
    );
    expect(translateMessage("The new version takes effect on December 29, 2026.", "es")).toBe("La nueva versión entra en vigor el 29 de diciembre de 2026.");
    expect(translateMessage("We are updating our Privacy Policy", "es")).toBe("Vamos a actualizar: Política de privacidad");
    expect(translateMessage("A deletion request is due on 2026-12-03", "es")).toBe("Una solicitud de eliminación vence el 3 de diciembre de 2026");
    // A reason a person wrote stays as written.
    expect(translateMessage("Reason: Issued in error", "es")).toBe("Motivo: Issued in error");
  });

  it("keeps a value that is not one of our words as it is", () => {
    expect(translateMessage("Choose events from: credential.issued, credential.revoked.", "es")).toBe("Elija eventos de: credential.issued, credential.revoked.");
  });

  it("leaves a message without a translation in English rather than guessing", () => {
    expect(translateMessage("Something nobody wrote down.", "es")).toBe("Something nobody wrote down.");
  });

  it("has a Spanish word for every checklist item and status a pattern can carry", () => {
    for (const word of ["draft", "submitted", "under review", "changes requested", "approved", "rejected", "withdrawn"]) expect(WORDS[word], word).toBeDefined();
  });
});
