import { translate } from "@/lib/i18n";

// What the API accepts as evidence: PDF, PNG or JPEG, at most 10 MB, 20 per
// application. Checked in the browser first so people aren't kept waiting
// for an upload that will be refused.

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const MAX_EVIDENCE_FILES = 20;
export const EVIDENCE_ACCEPT = ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg";

const TYPES = ["application/pdf", "image/png", "image/jpeg"];
const EXTENSIONS = /\.(pdf|png|jpe?g)$/i;

/** "850 KB", "2.4 MB". */
export const formatBytes = (bytes: number): string => {
  if (bytes < 1024) return translate("applicant", "evidence.bytes", { count: bytes });
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
};

/** Why this file can't be uploaded, in plain words, or null when it can. */
export const evidenceFileProblem = (file: { name: string; size: number; type: string }, filesSoFar = 0): string | null => {
  if (filesSoFar >= MAX_EVIDENCE_FILES) return translate("applicant", "evidence.problem.tooMany", { max: MAX_EVIDENCE_FILES });
  if (!TYPES.includes(file.type) && !EXTENSIONS.test(file.name)) {
    return translate("applicant", "evidence.problem.type", { name: file.name });
  }
  if (file.size === 0) return translate("applicant", "evidence.problem.empty", { name: file.name });
  if (file.size > MAX_EVIDENCE_BYTES) {
    return translate("applicant", "evidence.problem.tooLarge", { name: file.name, size: formatBytes(file.size) });
  }
  return null;
};

/** The Content-Type to send: the browser's, or one from the extension when it has none. */
export const evidenceContentType = (file: { name: string; type: string }): string => {
  if (file.type) return file.type;
  if (/\.pdf$/i.test(file.name)) return "application/pdf";
  if (/\.png$/i.test(file.name)) return "image/png";
  return "image/jpeg";
};

// Our words for the API's upload error codes: `evidence.uploadError.<CODE>` (the session one is shared).
const FRIENDLY_CODES = ["TOO_LARGE", "UNSUPPORTED_TYPE", "NOT_EDITABLE", "TOO_MANY_FILES", "EMPTY_FILE", "NOT_FOUND"];

const friendly = (code: string): string | undefined => {
  if (code === "UNAUTHENTICATED") return translate("common", "errors.unauthenticated");
  return FRIENDLY_CODES.includes(code) ? translate("applicant", `evidence.uploadError.${code}`, { max: MAX_EVIDENCE_FILES }) : undefined;
};

/** The server's message for an upload error, or ours for its code. */
export const describeUploadError = (error: { code?: string; message?: string } | null, status: number): string =>
  error?.message ||
  (error?.code && friendly(error.code)) ||
  (status >= 500 ? translate("common", "errors.server") : translate("applicant", "evidence.uploadError.other"));
