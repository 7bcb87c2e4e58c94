import { describe, expect, it } from "vitest";
import {
  createProgramSchema,
  emptyInstructor,
  emptyModule,
  programDefaults,
  programErrorField,
  toProgramInput,
  totalHours,
  type ProgramValues,
} from "./program-schema";

const valid = (): ProgramValues => ({
  title: "Dementia care foundations",
  description: "A short course",
  deliveryMode: "BLENDED",
  organizationId: "org-1",
  organizationName: "",
  modules: [{ title: "Understanding dementia", hours: "7.5", competencies: ["Recognise early signs"] }],
  instructors: [
    { fullName: "Ada Lovelace", qualifications: "RN, 10 years", licenses: ["RN-123"], yearsOfExperience: "10" },
  ],
});

describe("program schema", () => {
  it("accepts a complete program", () => {
    expect(createProgramSchema().safeParse(valid()).success).toBe(true);
  });

  it("explains a bad hours value on the module", () => {
    const values = valid();
    values.modules[0]!.hours = "seven";
    const result = createProgramSchema().safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["modules", 0, "hours"]);
    expect(result.error?.issues[0]?.message).toBe("Enter hours as a number, like 8 or 7.5");
  });

  it("keeps hours within the API's range", () => {
    const values = valid();
    values.modules[0]!.hours = "0.25";
    expect(createProgramSchema().safeParse(values).success).toBe(false);
  });

  it("rejects years of experience that aren't whole years", () => {
    const values = valid();
    values.instructors[0]!.yearsOfExperience = "2.5";
    expect(createProgramSchema().safeParse(values).success).toBe(false);
  });

  it("needs a provider name only when the person has no organization", () => {
    expect(createProgramSchema({ needsOrganizationName: true }).safeParse(valid()).success).toBe(false);
    expect(
      createProgramSchema({ needsOrganizationName: true }).safeParse({ ...valid(), organizationName: "Sunrise Care" })
        .success,
    ).toBe(true);
  });

  it("turns text into API numbers and nulls", () => {
    const values = valid();
    values.instructors.push({ ...emptyInstructor(), fullName: "Bo", qualifications: "CNA" });
    expect(toProgramInput(values)).toEqual({
      title: "Dementia care foundations",
      description: "A short course",
      deliveryMode: "BLENDED",
      modules: [{ title: "Understanding dementia", hours: 7.5, competencies: ["Recognise early signs"] }],
      instructors: [
        { fullName: "Ada Lovelace", qualifications: "RN, 10 years", licenses: ["RN-123"], yearsOfExperience: 10 },
        { fullName: "Bo", qualifications: "CNA", licenses: [], yearsOfExperience: null },
      ],
    });
  });

  it("adds up the hours typed so far", () => {
    expect(totalHours([{ hours: "7.5" }, { hours: "" }, { hours: "2.25" }, { hours: "x" }])).toBe(9.75);
  });

  it("starts a new program with one empty module and instructor", () => {
    const defaults = programDefaults();
    expect(defaults.modules).toEqual([emptyModule()]);
    expect(defaults.instructors).toEqual([emptyInstructor()]);
  });
});

describe("programErrorField", () => {
  it("maps server paths onto the form", () => {
    expect(programErrorField("modules.2.title")).toBe("modules.2.title");
    expect(programErrorField("modules.0.competencies.3")).toBe("modules.0.competencies");
    expect(programErrorField("instructors.1.licenses.0")).toBe("instructors.1.licenses");
    expect(programErrorField("instructors.0.yearsOfExperience")).toBe("instructors.0.yearsOfExperience");
    expect(programErrorField("title")).toBeUndefined();
  });
});
