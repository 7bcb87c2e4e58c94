/**
 * CSV for spreadsheets (RFC 4180, CRLF line ends). A text cell a spreadsheet would run as a formula
 * (starting with = + - @ tab or CR) gets a leading apostrophe (OWASP "CSV injection"); numbers are
 * written as they are, so -3 stays a number.
 */
export type CsvCell = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  const text0 = value instanceof Date ? value.toISOString() : value;
  const text = FORMULA_START.test(text0) ? `'${text0}` : text0;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with its CRLF. */
export const csvLine = (cells: readonly CsvCell[]): string => `${cells.map(csvCell).join(",")}\r\n`;

/** A byte-order mark first, so spreadsheet programs read the file as UTF-8. */
export const CSV_BOM = "\uFEFF";
