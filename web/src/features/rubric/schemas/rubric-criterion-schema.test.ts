import { describe, expect, it } from "vitest";
import { rubricCriterionDefaults, rubricCriterionSchema, toRubricCriterionInput } from "./rubric-criterion-schema";

describe("rubric criterion form", () => {
  it("keeps the maximum score between 1 and 10", () => {
    const base = rubricCriterionDefaults();
    expect(rubricCriterionSchema.safeParse({ ...base, title: "Curriculum depth" }).success).toBe(true);
    expect(rubricCriterionSchema.safeParse({ ...base, title: "Curriculum depth", maxScore: "11" }).success).toBe(false);
    expect(rubricCriterionSchema.safeParse({ ...base, title: "Curriculum depth", maxScore: "0" }).success).toBe(false);
  });

  it("leaves the position out when empty", () => {
    expect(toRubricCriterionInput({ ...rubricCriterionDefaults(), title: " Safety " })).toEqual({
      title: "Safety",
      guidance: "",
      subject: "PROGRAM",
      maxScore: 5,
      active: true,
    });
    expect(toRubricCriterionInput({ ...rubricCriterionDefaults(), title: "Safety", position: "3" }).position).toBe(3);
  });
});
