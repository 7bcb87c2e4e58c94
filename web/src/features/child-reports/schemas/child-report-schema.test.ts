import { describe, expect, it } from "vitest";
import { childReportSchema, toChildReportInput } from "./child-report-schema";

describe("child report schema", () => {
  it("accepts a report without contact details", () => {
    const values = childReportSchema.parse({ accountEmail: " kim@example.org ", details: " She told me she is 15 ", reporterContact: " " });
    expect(toChildReportInput(values)).toEqual({ accountEmail: "kim@example.org", details: "She told me she is 15" });
  });

  it("keeps the optional contact", () => {
    const values = childReportSchema.parse({ accountEmail: "kim@example.org", details: "Her school year", reporterContact: "555 0100" });
    expect(toChildReportInput(values).reporterContact).toBe("555 0100");
  });

  it("explains what is missing", () => {
    const result = childReportSchema.safeParse({ accountEmail: "kim", details: "", reporterContact: "" });
    const messages = result.error?.issues.map((i) => i.message);
    expect(messages).toContain("Enter an e-mail address like name@example.com");
    expect(messages).toContain("Tell us in a few words why you think so");
  });
});
