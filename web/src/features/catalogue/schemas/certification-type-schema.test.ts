import { describe, expect, it } from "vitest";
import { certificationTypeDefaults, certificationTypeSchema, toCertificationTypeInput } from "./certification-type-schema";

const values = {
  code: "cca",
  name: "Certified Care Assistant",
  subject: "PERSON" as const,
  description: "Entry-level certification",
  fee: "125.50",
  currency: "usd",
  validityMonths: "24",
  renewalRequirements: "",
  active: true,
};

describe("certification type form", () => {
  it("accepts a valid entry and converts dollars to cents", () => {
    expect(certificationTypeSchema.safeParse(values).success).toBe(true);
    expect(toCertificationTypeInput(values)).toMatchObject({ code: "CCA", feeCents: 12550, currency: "usd", validityMonths: 24 });
  });

  it("explains fees that aren't dollar amounts", () => {
    const result = certificationTypeSchema.safeParse({ ...values, fee: "12,5" });
    expect(result.error?.issues[0]?.message).toBe("Enter the fee in dollars, like 125 or 125.50");
    expect(certificationTypeSchema.safeParse({ ...values, fee: "100000.01" }).success).toBe(false);
  });

  it("checks the code and validity", () => {
    expect(certificationTypeSchema.safeParse({ ...values, code: "C" }).success).toBe(false);
    expect(certificationTypeSchema.safeParse({ ...values, validityMonths: "0" }).success).toBe(false);
    expect(certificationTypeSchema.safeParse({ ...values, validityMonths: "121" }).success).toBe(false);
  });

  it("fills the form from an entry with the fee in dollars", () => {
    const defaults = certificationTypeDefaults({
      id: "1",
      code: "CCA",
      name: "Certified Care Assistant",
      description: "",
      subject: "PERSON",
      feeCents: 9900,
      currency: "usd",
      validityMonths: 36,
      renewalRequirements: "",
      active: false,
    });
    expect(defaults).toMatchObject({ fee: "99.00", currency: "USD", validityMonths: "36", active: false });
  });
});
