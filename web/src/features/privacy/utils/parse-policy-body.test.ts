import { describe, expect, it } from "vitest";
import { formatMonthYear } from "./format-month-year";
import { looksLikeHeading, parsePolicyBody } from "./parse-policy-body";

const BODY = [
  "Privacy Policy",
  "",
  "Last Updated: January 2025",
  "",
  "This Privacy Policy explains how we collect your information.",
  "",
  "Information You Provide Directly",
  "",
  "We collect information that you voluntarily provide:",
  "",
  "  • Account Information: Name, email address",
  "  • Certification Applications: Training program details",
  "",
  "<script>alert('x')</script>",
].join("\r\n");

describe("parsePolicyBody", () => {
  it("splits paragraphs, headings and bullet lists, dropping the duplicated title and date", () => {
    expect(parsePolicyBody(BODY, "Privacy Policy")).toEqual([
      { kind: "paragraph", lines: ["This Privacy Policy explains how we collect your information."] },
      { kind: "heading", text: "Information You Provide Directly" },
      { kind: "paragraph", lines: ["We collect information that you voluntarily provide:"] },
      {
        kind: "list",
        items: ["Account Information: Name, email address", "Certification Applications: Training program details"],
      },
      { kind: "paragraph", lines: ["<script>alert('x')</script>"] },
    ]);
  });

  it("keeps a paragraph followed directly by bullets as two blocks", () => {
    expect(parsePolicyBody("When we make changes, we will:\n• Post the new policy\n• E-mail you")).toEqual([
      { kind: "paragraph", lines: ["When we make changes, we will:"] },
      { kind: "list", items: ["Post the new policy", "E-mail you"] },
    ]);
  });
});

describe("looksLikeHeading", () => {
  it("recognises short title-case lines only", () => {
    expect(looksLikeHeading("Your Rights and Choices")).toBe(true);
    expect(looksLikeHeading("Check your state's consumer protection agency")).toBe(false);
    expect(looksLikeHeading("We only collect what we need.")).toBe(false);
  });
});

describe("formatMonthYear", () => {
  it("formats the effective date as Month YYYY in UTC", () => {
    expect(formatMonthYear("2025-01-01T00:00:00.000Z")).toBe("January 2025");
    expect(formatMonthYear("not a date")).toBe("");
  });
});
