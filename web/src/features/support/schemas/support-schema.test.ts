import { describe, expect, it } from "vitest";
import { parseStatusFilter, supportRequestSchema } from "./support-schema";

describe("support request schema", () => {
  it("accepts help requests and feedback", () => {
    expect(supportRequestSchema.parse({ kind: "FEEDBACK", subject: " Great app ", body: " Thanks! " })).toEqual({
      kind: "FEEDBACK",
      subject: "Great app",
      body: "Thanks!",
    });
  });

  it("explains what is missing", () => {
    const result = supportRequestSchema.safeParse({ kind: "", subject: "Hi", body: " " });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => i.message);
    expect(messages).toContain("Choose whether you need help or have feedback");
    expect(messages).toContain("Give a subject of at least 3 characters");
    expect(messages).toContain("Write your message");
  });
});

describe("parseStatusFilter", () => {
  it("reads the status from the address", () => {
    expect(parseStatusFilter("open")).toBe("OPEN");
    expect(parseStatusFilter("CLOSED")).toBe("CLOSED");
    expect(parseStatusFilter("all")).toBeUndefined();
    expect(parseStatusFilter(null)).toBeUndefined();
  });
});
