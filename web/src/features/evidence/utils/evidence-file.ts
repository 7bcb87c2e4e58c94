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
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
};

/** Why this file can't be uploaded, in plain words, or null when it can. */
export const evidenceFileProblem = (file: { name: string; size: number; type: string }, filesSoFar = 0): string | null => {
  if (filesSoFar >= MAX_EVIDENCE_FILES) return `You can add up to ${MAX_EVIDENCE_FILES} documents. Remove one to add another.`;
  if (!TYPES.includes(file.type) && !EXTENSIONS.test(file.name)) {
    return `"${file.name}" isn't a PDF, PNG or JPEG file. Save or scan your document in one of those formats and try again.`;
  }
  if (file.size === 0) return `"${file.name}" is empty. Choose another file.`;
  if (file.size > MAX_EVIDENCE_BYTES) {
    return `"${file.name}" is ${formatBytes(file.size)}. Files can be at most 10 MB — try a smaller scan or a PDF.`;
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

const FRIENDLY: Record<string, string> = {
  TOO_LARGE: "This file is larger than 10 MB. Try a smaller scan or a PDF.",
  UNSUPPORTED_TYPE: "We can only accept PDF, PNG or JPEG files. This file is something else, even if its name says otherwise.",
  NOT_EDITABLE: "This application can't be changed any more, so documents can't be added or removed.",
  TOO_MANY_FILES: `An application can have at most ${MAX_EVIDENCE_FILES} documents. Remove one to add another.`,
  EMPTY_FILE: "This file is empty. Choose another file.",
  UNAUTHENTICATED: "Your session has ended. Please sign in again.",
  NOT_FOUND: "We couldn't find this application.",
};

/** The server's message for an upload error, or ours for its code. */
export const describeUploadError = (error: { code?: string; message?: string } | null, status: number): string =>
  error?.message || (error?.code && FRIENDLY[error.code]) || (status >= 500 ? "Something went wrong on our side. Please try again in a moment." : "The upload didn't work. Please try again.");
