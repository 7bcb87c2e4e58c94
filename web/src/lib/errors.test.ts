import { describe, expect, it } from "vitest";
import { describeError, hasErrorCode } from "./errors";
import { GraphQLFetchError } from "./graphql-error";

describe("errors from the plain-fetch client", () => {
  it("reads the codes of a GraphQLFetchError like those of an Apollo error", () => {
    const error = new GraphQLFetchError([{ message: "slow down", extensions: { code: "RATE_LIMITED" } }]);
    expect(hasErrorCode(error, "RATE_LIMITED")).toBe(true);
    expect(describeError(error)).toBe("Too many attempts. Please wait a few minutes and try again.");
  });

  it("calls an answer without a known code a server problem, and a failed fetch a network problem", () => {
    expect(describeError(new GraphQLFetchError([{ message: "HTTP 502 without a GraphQL body" }]))).toMatch(/on our side/);
    expect(describeError(new TypeError("Failed to fetch"))).toMatch(/couldn't reach CareCorePlus/);
  });
});
