import { describe, expect, it } from "vitest";
import { affectedSchema, closeSchema, incidentSchema, notifySchema, toAffectedInput, toCloseInput, toIncidentInput } from "./incident-schemas";

const now = () => new Date("2026-06-15T12:00").getTime();
const valid = {
  title: " Laptop stolen ",
  description: "A reviewer's laptop was stolen from a car.",
  awareAt: "2026-06-15T09:30",
  dataCategories: ["contact details", "licenses"],
  likelyConsequences: "",
  measuresTaken: " Sessions revoked ",
};

describe("incident schemas", () => {
  it("builds the input of a new incident", () => {
    const input = toIncidentInput(incidentSchema(now).parse(valid));
    expect(input).toMatchObject({ title: "Laptop stolen", dataCategories: ["contact details", "licenses"], measuresTaken: "Sessions revoked" });
    expect(input.likelyConsequences).toBeUndefined();
    expect(new Date(input.awareAt).getTime()).toBe(new Date("2026-06-15T09:30").getTime());
  });

  it("refuses an awareness date in the future", () => {
    const result = incidentSchema(now).safeParse({ ...valid, awareAt: "2026-06-16T09:30" });
    expect(result.error?.issues[0]?.message).toBe("This can't be in the future");
  });

  it("needs a window that ends after it starts", () => {
    const result = affectedSchema.safeParse({ auditFrom: "2026-06-15T10:00", auditTo: "2026-06-15T09:00", auditAction: "" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["auditTo"], message: "The end must be after the start" });
    const ok = toAffectedInput(affectedSchema.parse({ auditFrom: "2026-06-15T08:00", auditTo: "2026-06-15T09:00", auditAction: "auth.login" }));
    expect(ok.auditAction).toBe("auth.login");
  });

  it("needs all three parts of the notice", () => {
    const result = notifySchema.safeParse({ whatHappened: "short", whatWeDid: "We revoked all sessions.", whatYouShouldDo: "" });
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(["whatHappened", "whatYouShouldDo"]);
  });

  it("needs a closing summary; lessons learned are optional", () => {
    expect(closeSchema.safeParse({ summary: "done", lessonsLearned: "" }).error?.issues[0]?.path).toEqual(["summary"]);
    expect(toCloseInput(closeSchema.parse({ summary: " The provider deleted the file. ", lessonsLearned: "" }))).toEqual({ summary: "The provider deleted the file." });
    expect(toCloseInput(closeSchema.parse({ summary: "The provider deleted the file.", lessonsLearned: "Check recipients." })).lessonsLearned).toBe("Check recipients.");
  });
});
