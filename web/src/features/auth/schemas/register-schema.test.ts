import { describe, expect, it } from "vitest";
import { createRegisterSchema } from "./register-schema";

const TODAY = "2025-06-15";
const valid = {
  email: "  sam.carer@example.com ",
  password: "correct horse battery",
  firstName: "Sam",
  lastName: "Carer",
  dateOfBirth: "2007-06-15",
  phone: "",
  organizationName: "",
  acceptPolicy: true,
};

const errorsFor = (values: Record<string, unknown>) => {
  const result = createRegisterSchema(TODAY).safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("register schema", () => {
  it("accepts someone whose 18th birthday is today, and trims the e-mail", () => {
    const result = createRegisterSchema(TODAY).safeParse(valid);
    expect(result.success).toBe(true);
    expect(result.data?.email).toBe("sam.carer@example.com");
  });

  it("rejects someone who turns 18 tomorrow", () => {
    expect(errorsFor({ ...valid, dateOfBirth: "2007-06-16" })).toHaveProperty("dateOfBirth");
  });

  it("rejects dates in the future and impossible dates", () => {
    expect(errorsFor({ ...valid, dateOfBirth: "2030-01-01" }).dateOfBirth).toMatch(/future/);
    expect(errorsFor({ ...valid, dateOfBirth: "1990-02-30" }).dateOfBirth).toMatch(/real date/);
  });

  it("requires 12 to 128 characters for the password", () => {
    expect(errorsFor({ ...valid, password: "short pass1" })).toHaveProperty("password");
    expect(errorsFor({ ...valid, password: "x".repeat(129) })).toHaveProperty("password");
    expect(errorsFor({ ...valid, password: "x".repeat(128) })).not.toHaveProperty("password");
  });

  it("requires the policy to be accepted", () => {
    expect(errorsFor({ ...valid, acceptPolicy: false })).toHaveProperty("acceptPolicy");
  });

  it("checks phone numbers like the server: optional leading +, 6–32 digits and separators", () => {
    expect(errorsFor({ ...valid, phone: "call me" })).toHaveProperty("phone");
    expect(errorsFor({ ...valid, phone: "12345" })).toHaveProperty("phone");
    expect(errorsFor({ ...valid, phone: "020 +7946" })).toHaveProperty("phone");
    expect(errorsFor({ ...valid, phone: "+1 (312) 555-0142" })).not.toHaveProperty("phone");
    expect(errorsFor({ ...valid, phone: "" })).not.toHaveProperty("phone");
  });
});
