import { describe, expect, it } from "vitest";
import { describeUploadError, evidenceContentType, evidenceFileProblem, formatBytes } from "./evidence-file";

describe("formatBytes", () => {
  it("reads like a file manager", () => {
    expect(formatBytes(512)).toBe("512 bytes");
    expect(formatBytes(850 * 1024)).toBe("850 KB");
    expect(formatBytes(2.44 * 1024 * 1024)).toBe("2.4 MB");
    expect(formatBytes(12 * 1024 * 1024)).toBe("12 MB");
  });
});

describe("evidenceFileProblem", () => {
  const pdf = { name: "licence.pdf", size: 200_000, type: "application/pdf" };

  it("accepts PDF, PNG and JPEG up to 10 MB", () => {
    expect(evidenceFileProblem(pdf)).toBeNull();
    expect(evidenceFileProblem({ name: "scan.JPG", size: 10 * 1024 * 1024, type: "" })).toBeNull();
  });

  it("explains other types, empty and large files, and the 20-file limit", () => {
    expect(evidenceFileProblem({ name: "cv.docx", size: 100, type: "application/msword" })).toMatch(/isn't a PDF, PNG or JPEG/);
    expect(evidenceFileProblem({ ...pdf, size: 0 })).toMatch(/empty/);
    expect(evidenceFileProblem({ ...pdf, size: 11 * 1024 * 1024 })).toMatch(/at most 10 MB/);
    expect(evidenceFileProblem(pdf, 20)).toMatch(/up to 20 documents/);
  });
});

describe("evidenceContentType", () => {
  it("falls back to the extension", () => {
    expect(evidenceContentType({ name: "a.png", type: "" })).toBe("image/png");
    expect(evidenceContentType({ name: "a.pdf", type: "application/pdf" })).toBe("application/pdf");
  });
});

describe("describeUploadError", () => {
  it("prefers the server's message, then ours", () => {
    expect(describeUploadError({ code: "TOO_LARGE", message: "Files can be at most 10 MB." }, 413)).toBe("Files can be at most 10 MB.");
    expect(describeUploadError({ code: "NOT_EDITABLE" }, 409)).toMatch(/can't be changed/);
    expect(describeUploadError(null, 502)).toMatch(/our side/);
  });
});
