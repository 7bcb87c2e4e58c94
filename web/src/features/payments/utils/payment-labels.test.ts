import { describe, expect, it } from "vitest";
import { applicationLabel, paymentMethodLabel, readCheckoutReturn } from "./payment-labels";

describe("paymentMethodLabel", () => {
  it("names cards by brand and last four, invoices by number", () => {
    expect(paymentMethodLabel({ method: "CARD", cardBrand: "visa", cardLast4: "4242", invoiceNumber: "INV-1" })).toBe("Visa ending 4242");
    expect(paymentMethodLabel({ method: "CARD", cardBrand: null, cardLast4: null, invoiceNumber: "INV-1" })).toBe("Card");
    expect(paymentMethodLabel({ method: "INVOICE", cardBrand: null, cardLast4: null, invoiceNumber: "INV-2026-000000123" })).toBe(
      "Invoice INV-2026-000000123",
    );
  });
});

describe("readCheckoutReturn", () => {
  it("reads the processor's return parameters", () => {
    expect(readCheckoutReturn(new URLSearchParams("payment=p1&result=success"))).toEqual({ paymentId: "p1", result: "success" });
    expect(readCheckoutReturn(new URLSearchParams("payment=p1&result=cancel"))).toEqual({ paymentId: "p1", result: "cancel" });
    expect(readCheckoutReturn(new URLSearchParams("payment=p1&result=maybe"))).toBeNull();
    expect(readCheckoutReturn(new URLSearchParams(""))).toBeNull();
  });
});

describe("applicationLabel", () => {
  it("names what an application is for", () => {
    expect(applicationLabel({ kind: "PROGRAM_ACCREDITATION", program: { title: "Dementia Care Essentials" }, certificationType: { name: "Program accreditation" } })).toBe("Dementia Care Essentials");
    expect(applicationLabel({ kind: "INDIVIDUAL_CERTIFICATION", program: null, certificationType: { name: "Certified Care Aide" } })).toBe("Certified Care Aide");
    expect(applicationLabel({ kind: "INDIVIDUAL_CERTIFICATION", program: null, certificationType: null })).toBe("Individual certification");
  });
});
