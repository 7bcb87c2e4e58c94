/** File types accepted as evidence, recognised by their first bytes (not by name or header). */
export type EvidenceType = "application/pdf" | "image/png" | "image/jpeg";

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export function sniffEvidenceType(buf: Buffer): EvidenceType | null {
  if (buf.length >= 5 && buf.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (buf.length >= 8 && buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return "image/jpeg";
  return null;
}

export const EXTENSION: Record<EvidenceType, string> = { "application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg" };

/** A safe display/download name: no paths or control characters, at most 200 characters, right extension. */
export function cleanFilename(raw: string | undefined, type: EvidenceType): string {
  let name = (raw ?? "").split(/[\\/]/).pop() ?? "";
  name = [...name].filter((c) => c.charCodeAt(0) > 0x1f && c.charCodeAt(0) !== 0x7f && !'"<>|:*?'.includes(c)).join("").trim().slice(0, 200);
  if (!name) name = "document";
  const ext = EXTENSION[type];
  return new RegExp(`\\.${ext === "jpg" ? "jpe?g" : ext}$`, "i").test(name) ? name : `${name}.${ext}`;
}
