import { describe, expect, it } from "vitest";
import { apiKeySchema, toApiKeyInput, webhookSchema } from "./integration-schemas";

describe("API key schema", () => {
  it("needs a name and a permission; the rate limit is optional", () => {
    const values = apiKeySchema.parse({ name: " Sunrise Home Care HR ", scopes: ["CREDENTIALS_VERIFY"], rateLimitPerMinute: "" });
    expect(toApiKeyInput(values)).toEqual({ name: "Sunrise Home Care HR", scopes: ["CREDENTIALS_VERIFY"] });
    expect(toApiKeyInput({ ...values, rateLimitPerMinute: "120" })).toMatchObject({ rateLimitPerMinute: 120 });
  });

  it("explains what is wrong", () => {
    const result = apiKeySchema.safeParse({ name: "x", scopes: [], rateLimitPerMinute: "0" });
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(["name", "scopes", "rateLimitPerMinute"]);
  });
});

describe("webhook schema", () => {
  it("needs a full web address and at least one event", () => {
    expect(webhookSchema.safeParse({ url: "https://hr.example.org/hooks", events: ["credential.revoked"] }).success).toBe(true);
    expect(webhookSchema.safeParse({ url: "hr.example.org/hooks", events: ["credential.revoked"] }).success).toBe(false);
    expect(webhookSchema.safeParse({ url: "ftp://hr.example.org/hooks", events: ["credential.revoked"] }).success).toBe(false);
    expect(webhookSchema.safeParse({ url: "https://hr.example.org/hooks", events: [] }).success).toBe(false);
  });
});
