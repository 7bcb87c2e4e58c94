import { describe, expect, it } from "vitest";
import {
  applicationDraftSchema,
  stepIssues,
  subjectOfKind,
  toCreateInput,
  toUpdateInput,
  type ApplicationValues,
} from "./application-schema";

const empty: ApplicationValues = { kind: "", programId: "", certificationTypeId: "", statement: "" };

describe("application wizard rules", () => {
  it("asks for the kind on step 1", () => {
    expect(stepIssues(1, empty)).toEqual([{ field: "kind", message: "Choose what you're applying for" }]);
    expect(stepIssues(1, { ...empty, kind: "PROGRAM_ACCREDITATION" })).toEqual([]);
  });

  it("asks for the program and certification on step 2, in words that fit the kind", () => {
    const issues = stepIssues(2, { ...empty, kind: "INDIVIDUAL_CERTIFICATION" });
    expect(issues.map((i) => i.field)).toEqual(["programId", "certificationTypeId"]);
    expect(issues[0]?.message).toBe("Choose the accredited program you completed");
    expect(stepIssues(2, { ...empty, kind: "PROGRAM_ACCREDITATION" })[0]?.message).toBe(
      "Choose the program you want accredited",
    );
  });

  it("needs a 20-character statement to submit", () => {
    expect(stepIssues(3, { ...empty, statement: "  too short  " })[0]?.message).toBe(
      "Write at least 20 characters (you have 9)",
    );
    expect(stepIssues(3, { ...empty, statement: "This statement is long enough." })).toEqual([]);
  });

  it("lets a draft be saved with anything missing, but not an overlong statement", () => {
    expect(applicationDraftSchema.safeParse(empty).success).toBe(true);
    expect(applicationDraftSchema.safeParse({ ...empty, statement: "x".repeat(10_001) }).success).toBe(false);
  });

  it("sends only what was chosen when creating", () => {
    expect(toCreateInput({ ...empty, kind: "PROGRAM_ACCREDITATION", programId: "p1" })).toEqual({
      kind: "PROGRAM_ACCREDITATION",
      programId: "p1",
    });
    expect(
      toCreateInput({ kind: "INDIVIDUAL_CERTIFICATION", programId: "", certificationTypeId: "t1", statement: " Hi " }),
    ).toEqual({ kind: "INDIVIDUAL_CERTIFICATION", certificationTypeId: "t1", statement: "Hi" });
  });

  it("always sends the statement when updating", () => {
    expect(toUpdateInput({ ...empty, kind: "PROGRAM_ACCREDITATION", programId: "p1" })).toEqual({
      programId: "p1",
      statement: "",
    });
  });

  it("maps kinds to catalogue subjects", () => {
    expect(subjectOfKind("PROGRAM_ACCREDITATION")).toBe("PROGRAM");
    expect(subjectOfKind("INDIVIDUAL_CERTIFICATION")).toBe("PERSON");
  });
});
