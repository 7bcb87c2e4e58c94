import { saveBlob } from "./save-file";

export type CsvCell = string | number | null;

// A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

const cell = (value: CsvCell): string => {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV (CRLF line ends) with a header row; formula-looking text cells are neutralised. */
export const toCsv = (header: readonly string[], rows: readonly (readonly CsvCell[])[]): string =>
  [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";

/** Saves a CSV made in the browser. A byte-order mark lets spreadsheet programs read it as UTF-8. */
export const saveCsv = (filename: string, header: readonly string[], rows: readonly (readonly CsvCell[])[]): void =>
  saveBlob(new Blob(["\uFEFF", toCsv(header, rows)], { type: "text/csv;charset=utf-8" }), filename);
