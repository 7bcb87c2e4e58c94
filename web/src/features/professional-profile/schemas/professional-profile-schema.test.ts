import { describe, expect, it } from "vitest";
import {
  emptyExperience,
  professionalProfileSchema,
  profileDefaults,
  profileErrorField,
  toProfessionalProfileInput,
  type ProfessionalProfileValues,
} from "./professional-profile-schema";

const valid = (): ProfessionalProfileValues => ({
  licenses: [{ type: "CNA", number: "123456", issuer: "Illinois Department of Public Health", expiresOn: "2027-06" }],
  certifications: [{ name: "First Aid", issuer: "Red Cross", obtainedOn: "2024-01", expiresOn: "" }],
  education: [{ qualification: "Diploma in Health and Social Care", institution: "Springfield College", completedOn: "" }],
  experience: [{ ...emptyExperience(), role: "Home care aide", employer: "Sunrise Home Care", startOn: "2021-03" }],
});

describe("professional profile schema", () => {
  it("accepts a complete profile and sends empty months as null", () => {
    const values = professionalProfileSchema.parse(valid());
    expect(toProfessionalProfileInput(values)).toEqual({
      licenses: [{ type: "CNA", number: "123456", issuer: "Illinois Department of Public Health", expiresOn: "2027-06" }],
      certifications: [{ name: "First Aid", issuer: "Red Cross", obtainedOn: "2024-01", expiresOn: null }],
      education: [{ qualification: "Diploma in Health and Social Care", institution: "Springfield College", completedOn: null }],
      experience: [{ role: "Home care aide", employer: "Sunrise Home Care", startOn: "2021-03", endOn: null, description: null }],
    });
  });

  it("explains a badly written month on its input", () => {
    const values = valid();
    values.licenses[0]!.expiresOn = "06/2027";
    const issue = professionalProfileSchema.safeParse(values).error?.issues[0];
    expect(issue?.path).toEqual(["licenses", 0, "expiresOn"]);
    expect(issue?.message).toBe("Enter the month as YYYY-MM, for example 2027-06");
  });

  it("refuses a job that ends before it starts", () => {
    const values = valid();
    values.experience[0]!.endOn = "2020-01";
    expect(professionalProfileSchema.safeParse(values).error?.issues[0]?.path).toEqual(["experience", 0, "endOn"]);
  });

  it("shows saved full dates as months", () => {
    const defaults = profileDefaults({
      updatedAt: null,
      licenses: [{ type: "RN", number: "1", issuer: "IL", expiresOn: "2027-06-30" }],
      certifications: [],
      education: [],
      experience: [],
    });
    expect(defaults.licenses[0]?.expiresOn).toBe("2027-06");
  });

  it("maps server paths onto the form", () => {
    expect(profileErrorField("licenses.0.number")).toBe("licenses.0.number");
    expect(profileErrorField("experience.3.endOn")).toBe("experience.3.endOn");
    expect(profileErrorField("licenses")).toBeUndefined();
  });
});
