import { describe, expect, it } from "vitest";
import { authorLabel } from "./author-label";

const rev = { id: "r1", firstName: "Rita", lastName: "Reviewer" };
const ann = { id: "a1", firstName: "Ann", lastName: "Applicant" };

describe("authorLabel", () => {
  it("marks staff messages with their role", () => {
    expect(authorLabel({ fromStaff: true, author: rev }, "a1", "CareCorePlus reviewer")).toEqual({
      name: "Rita",
      role: "CareCorePlus reviewer",
      own: false,
    });
  });

  it("calls the reader's own messages 'You'", () => {
    expect(authorLabel({ fromStaff: false, author: ann }, "a1", "CareCorePlus reviewer").name).toBe("You");
    expect(authorLabel({ fromStaff: true, author: rev }, "r1", "CareCorePlus reviewer")).toMatchObject({ name: "You", own: true });
  });

  it("names other people in full, and copes with deleted accounts", () => {
    expect(authorLabel({ fromStaff: false, author: ann }, "r1", "x").name).toBe("Ann Applicant");
    expect(authorLabel({ fromStaff: false, author: null }, "r1", "x").name).toBe("Former member");
    expect(authorLabel({ fromStaff: true, author: null }, "a1", "x").name).toBe("CareCorePlus");
  });
});
