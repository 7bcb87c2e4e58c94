import { describe, expect, it } from "vitest";
import { clientErrorName, errorEventMessage, errorType, messageWords } from "./client-errors";
import { EVENT_NAME } from "./paths";

describe("client error names", () => {
  it("POL-COLLECT-PERF: keeps the error type, a few plain words and the route pattern", () => {
    expect(clientErrorName("TypeError", "Cannot read properties of undefined (reading 'name')", "/app/applications/:id")).toBe(
      "TypeError:Cannot-read-properties-of-undefined-reading:/app/applications/:id",
    );
    expect(errorType(new RangeError("x"))).toBe("RangeError");
    expect(errorType("just a string")).toBe("Error");
    expect(errorType(Object.assign(new Error("x"), { name: "Ann Smith's error" }))).toBe("Error");
  });

  it("POL-COLLECT-PERF: drops quoted text, addresses, e-mail addresses and numbers, and trims the message", () => {
    const words = messageWords(
      `No user "Ann Smith" at https://ccp.example/verify/CCP-2026-0001?x=1 for ann@example.org with id 4711 and many more words after that`,
    );
    expect(words).not.toMatch(/Ann|Smith|ccp|CCP|example|4711/);
    expect(words.split("-").length).toBeLessThanOrEqual(8);
    const long = clientErrorName("Error", "word ".repeat(200), "/app/" + "x".repeat(200));
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long).toMatch(EVENT_NAME);
    expect(clientErrorName("Error", "", "/")).toBe("Error:/");
  });

  it("POL-COLLECT-PERF: takes the error's own message, or the event's without the 'Uncaught TypeError:' prefix", () => {
    expect(errorEventMessage(new TypeError("x is undefined"), "Uncaught TypeError: x is undefined")).toBe("x is undefined");
    expect(errorEventMessage(null, "Uncaught TypeError: x is undefined")).toBe("x is undefined");
    expect(errorEventMessage(undefined, "Script error.")).toBe("Script error.");
    expect(errorEventMessage(undefined, undefined)).toBe("");
  });
});
