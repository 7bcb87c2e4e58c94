import { describe, expect, it } from "vitest";
import { notJsonMessage, credentialFileProblem, parseCredentialFile } from "./parse-credential-file";

describe("parseCredentialFile", () => {
  it("reads a JSON object", () => {
    expect(parseCredentialFile('{"type":["VerifiableCredential"]}')).toEqual({
      ok: true,
      document: { type: ["VerifiableCredential"] },
    });
  });

  it("ignores a byte-order mark", () => {
    expect(parseCredentialFile('\uFEFF{"a":1}').ok).toBe(true);
  });

  it("explains text that is not JSON", () => {
    expect(parseCredentialFile("%PDF-1.7 …")).toEqual({ ok: false, message: notJsonMessage() });
  });

  it("refuses JSON that is not an object", () => {
    expect(parseCredentialFile("[1,2]").ok).toBe(false);
    expect(parseCredentialFile('"text"').ok).toBe(false);
    expect(parseCredentialFile("null").ok).toBe(false);
  });
});

describe("credentialFileProblem", () => {
  it("accepts a small file", () => {
    expect(credentialFileProblem({ name: "CCP-2026-AAAA-BBBB.json", size: 4000 })).toBeNull();
  });

  it("explains empty, huge and PDF files", () => {
    expect(credentialFileProblem({ name: "a.json", size: 0 })).toMatch(/empty/);
    expect(credentialFileProblem({ name: "a.json", size: 5_000_000 })).toMatch(/too large/);
    expect(credentialFileProblem({ name: "certificate.PDF", size: 5000 })).toMatch(/PDF certificate/);
  });
});
