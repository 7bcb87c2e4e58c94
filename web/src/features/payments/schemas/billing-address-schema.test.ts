import { describe, expect, it } from "vitest";
import { billingAddressSchema, billingErrorField, emptyBillingAddress, toBillingAddressInput } from "./billing-address-schema";

const valid = {
  ...emptyBillingAddress("Sunrise Training LLC"),
  line1: "12 Oak Street",
  city: "Springfield",
  region: "IL",
  postalCode: "62701",
  country: "us",
};

describe("billing address schema", () => {
  it("accepts an address and upper-cases the country", () => {
    const parsed = billingAddressSchema.parse(valid);
    expect(parsed.country).toBe("US");
    expect(toBillingAddressInput(parsed)).toEqual({
      name: "Sunrise Training LLC",
      line1: "12 Oak Street",
      city: "Springfield",
      region: "IL",
      postalCode: "62701",
      country: "US",
    });
  });

  it("explains a missing postal code and a bad country", () => {
    const result = billingAddressSchema.safeParse({ ...valid, postalCode: "", country: "USA" });
    const byField = Object.fromEntries(result.error?.issues.map((i) => [i.path.join("."), i.message]) ?? []);
    expect(byField.postalCode).toBe("Enter the postal code");
    expect(byField.country).toBe("Use the 2-letter country code, for example US");
  });

  it("maps server paths onto the form", () => {
    expect(billingErrorField("billingAddress.postalCode")).toBe("postalCode");
    expect(billingErrorField("billingAddress.country")).toBe("country");
    expect(billingErrorField("id")).toBeUndefined();
  });
});
