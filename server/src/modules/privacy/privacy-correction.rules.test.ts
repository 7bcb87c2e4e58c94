import { describe, expect, it } from "vitest";
import { validateCorrections } from "./privacy-correction.rules";

const now = new Date("2026-06-15T12:00:00Z");

describe("correction rules [POL-RIGHT-CORRECT]", () => {
  it("POL-RIGHT-CORRECT: accepts each correctable field once, trimmed; an empty phone or organization removes it", () => {
    const r = validateCorrections(
      [
        { field: "LAST_NAME", proposedValue: "  Okafor-Bello " },
        { field: "DATE_OF_BIRTH", proposedValue: "1990-02-28" },
        { field: "PHONE", proposedValue: "" },
      ],
      now,
    );
    expect(r).toEqual({ ok: true, value: [{ field: "LAST_NAME", proposed: "Okafor-Bello" }, { field: "DATE_OF_BIRTH", proposed: "1990-02-28" }, { field: "PHONE", proposed: null }] });
  });

  it("POL-RIGHT-CORRECT: refuses unknown or repeated fields, empty names, bad dates and birth dates under 18, pointing at the entry", () => {
    const r = validateCorrections(
      [
        { field: "EMAIL", proposedValue: "new@example.org" },
        { field: "FIRST_NAME", proposedValue: "  " },
        { field: "DATE_OF_BIRTH", proposedValue: "2010-01-01" },
        { field: "DATE_OF_BIRTH", proposedValue: "1990-01-01" },
      ],
      now,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field)).toEqual([
      ["corrections", "0", "field"],
      ["corrections", "1", "proposedValue"],
      ["corrections", "2", "proposedValue"],
      ["corrections", "3", "field"],
    ]);
    expect(validateCorrections([{ field: "DATE_OF_BIRTH", proposedValue: "1990-02-30" }], now).ok).toBe(false);
    expect(validateCorrections([{ field: "PHONE", proposedValue: "call me" }], now).ok).toBe(false);
  });
});
