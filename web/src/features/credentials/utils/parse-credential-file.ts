// Reading the credential file a verifier picks: it must be JSON text holding
// one object (the signed credential). Anything else gets a sentence a person
// can act on instead of a parser message.

import { translate } from "@/lib/i18n";

/** Credential files are a few kilobytes; anything this large is something else. */
export const MAX_CREDENTIAL_FILE_BYTES = 1_000_000;

export type ParsedCredentialFile = { ok: true; document: Record<string, unknown> } | { ok: false; message: string };

export const notJsonMessage = (): string => translate("public", "verify.file.unreadable");

export const parseCredentialFile = (text: string): ParsedCredentialFile => {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, message: notJsonMessage() };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, message: notJsonMessage() };
  }
  return { ok: true, document: value as Record<string, unknown> };
};

/** A problem with the chosen file before reading it, or null. */
export const credentialFileProblem = (file: { name: string; size: number }): string | null => {
  if (file.size === 0) return translate("public", "verify.file.empty");
  if (file.size > MAX_CREDENTIAL_FILE_BYTES) return translate("public", "verify.file.tooLarge");
  if (/\.pdf$/i.test(file.name)) return translate("public", "verify.file.pdf");
  return null;
};

/** Reads a picked file as text with FileReader (works in every browser we support). */
export const readFileAsText = (file: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result : "");
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read"));
    reader.readAsText(file);
  });
