import { describe, expect, it } from "vitest";
import { splitUserErrors } from "./user-errors";

const FIELDS = ["email", "password", "acceptPolicy"] as const;

describe("splitUserErrors", () => {
  it("uses the last element of the field path to find the input", () => {
    const result = splitUserErrors(
      [
        { code: "EMAIL_TAKEN", field: ["input", "email"], message: "Already registered" },
        { code: "WEAK_PASSWORD", field: ["password"], message: "Too common" },
      ],
      FIELDS,
    );
    expect(result.fieldErrors).toEqual([
      { field: "email", message: "Already registered" },
      { field: "password", message: "Too common" },
    ]);
    expect(result.formErrors).toEqual([]);
  });

  it("sends errors without a field, or with an unknown one, to the form", () => {
    const result = splitUserErrors(
      [
        { code: "RATE_LIMITED", field: null, message: "Slow down" },
        { code: "INVALID", field: ["input", "timeZone"], message: "Unknown time zone" },
      ],
      FIELDS,
    );
    expect(result.fieldErrors).toEqual([]);
    expect(result.formErrors).toEqual(["Slow down", "Unknown time zone"]);
  });

  it("maps renamed fields through aliases and field-less errors by code", () => {
    const result = splitUserErrors(
      [
        { code: "POLICY_NOT_ACCEPTED", field: ["input", "acceptedPolicyVersionIds"], message: "Accept it" },
        { code: "WEAK_PASSWORD", message: "Too short" },
      ],
      FIELDS,
      { aliases: { acceptedPolicyVersionIds: "acceptPolicy" }, byCode: { WEAK_PASSWORD: "password" } },
    );
    expect(result.fieldErrors).toEqual([
      { field: "acceptPolicy", message: "Accept it" },
      { field: "password", message: "Too short" },
    ]);
  });

  it("keeps only the first message per input", () => {
    const result = splitUserErrors(
      [
        { code: "INVALID", field: ["input", "email"], message: "First" },
        { code: "INVALID", field: ["input", "email"], message: "Second" },
      ],
      FIELDS,
    );
    expect(result.fieldErrors).toEqual([{ field: "email", message: "First" }]);
  });

  it("resolves nested list paths before the last-element rule", () => {
    const result = splitUserErrors(
      [
        { code: "INVALID", field: ["input", "modules", "1", "title"], message: "Give each module a title." },
        { code: "INVALID", field: ["title"], message: "Enter a title." },
        { code: "INVALID", field: ["modules", "0", "competencies", "2"], message: "Too short" },
      ],
      ["title"] as string[],
      {
        nested: (path) =>
          /^modules\.\d+\.title$/.test(path)
            ? path
            : /^modules\.\d+\.competencies/.test(path)
              ? path.split(".").slice(0, 3).join(".")
              : undefined,
      },
    );
    expect(result.fieldErrors).toEqual([
      { field: "modules.1.title", message: "Give each module a title." },
      { field: "title", message: "Enter a title." },
      { field: "modules.0.competencies", message: "Too short" },
    ]);
  });
});
