import { describe, expect, it } from "vitest";
import { parseApiError } from "./authorized-http";

describe("parseApiError", () => {
  it("reads the API's { code, message } errors", () => {
    expect(parseApiError('{"code":"TOO_LARGE","message":"Files can be at most 10 MB."}')).toEqual({
      code: "TOO_LARGE",
      message: "Files can be at most 10 MB.",
    });
  });

  it("ignores bodies that are not such errors", () => {
    expect(parseApiError("<html>Bad gateway</html>")).toBeNull();
    expect(parseApiError('{"id":"1"}')).toBeNull();
  });
});
