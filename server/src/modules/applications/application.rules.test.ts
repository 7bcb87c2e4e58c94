import { describe, expect, it } from "vitest";
import { APPLICATION_STATUSES, type ApplicationStatus } from "./application.entity";
import { ageInDays, completenessChecklist, nextStatus, TRANSITIONS, type ApplicationAction } from "./application.rules";

describe("application state machine [POL-USE-CERT]", () => {
  it("allows exactly the documented transitions", () => {
    const allowed: Record<string, ApplicationStatus> = {};
    for (const s of APPLICATION_STATUSES) {
      for (const a of Object.keys(TRANSITIONS) as ApplicationAction[]) {
        const to = nextStatus(s, a);
        if (to) allowed[`${s} ${a}`] = to;
      }
    }
    expect(allowed).toEqual({
      "DRAFT submit": "SUBMITTED",
      "DRAFT withdraw": "WITHDRAWN",
      "SUBMITTED startReview": "UNDER_REVIEW",
      "SUBMITTED withdraw": "WITHDRAWN",
      "UNDER_REVIEW approve": "APPROVED",
      "UNDER_REVIEW reject": "REJECTED",
      "UNDER_REVIEW requestChanges": "CHANGES_REQUESTED",
      "UNDER_REVIEW withdraw": "WITHDRAWN",
      "CHANGES_REQUESTED submit": "SUBMITTED",
      "CHANGES_REQUESTED withdraw": "WITHDRAWN",
    });
  });

  it("final statuses allow nothing", () => {
    for (const s of ["APPROVED", "REJECTED", "WITHDRAWN"] as const) {
      for (const a of Object.keys(TRANSITIONS) as ApplicationAction[]) expect(nextStatus(s, a)).toBeNull();
    }
  });
});

describe("completeness checklist", () => {
  const program = { exists: true, moduleCount: 2, instructorCount: 1, accredited: false };
  it("requires a statement, an active type, and a complete program for accreditation", () => {
    const items = completenessChecklist({ kind: "PROGRAM_ACCREDITATION", statement: "short", certificationTypeActive: true, program: { ...program, instructorCount: 0 }, evidenceCount: 0 });
    expect(items.filter((i) => !i.done).map((i) => i.key)).toEqual(["statement", "instructors", "evidence"]);
    expect(items.filter((i) => !i.done && i.required).map((i) => i.key)).toEqual(["statement", "instructors"]);
  });
  it("requires an accredited completed program for individual certification", () => {
    const items = completenessChecklist({ kind: "INDIVIDUAL_CERTIFICATION", statement: "I completed the program in 2025 and work full time.", certificationTypeActive: true, program, evidenceCount: 1 });
    expect(items.filter((i) => !i.done).map((i) => i.key)).toEqual(["completedProgram"]);
    expect(completenessChecklist({ kind: "INDIVIDUAL_CERTIFICATION", statement: "x".repeat(20), certificationTypeActive: true, program: { ...program, accredited: true }, evidenceCount: 1 }).every((i) => i.done)).toBe(true);
  });
  it("computes SLA age in whole days", () => {
    expect(ageInDays(new Date("2026-06-01T12:00:00Z"), new Date("2026-06-04T11:59:59Z"))).toBe(2);
    expect(ageInDays(null, new Date())).toBeNull();
  });
});
