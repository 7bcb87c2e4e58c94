import { describe, expect, it } from "vitest";
import { messageSchema } from "./message-schema";

describe("message schema", () => {
  it("trims and accepts a message", () => {
    expect(messageSchema.parse({ body: "  Thank you!  " })).toEqual({ body: "Thank you!" });
  });

  it("refuses an empty or overlong message", () => {
    expect(messageSchema.safeParse({ body: "   " }).error?.issues[0]?.message).toBe("Write a message first");
    expect(messageSchema.safeParse({ body: "x".repeat(10_001) }).success).toBe(false);
  });
});
