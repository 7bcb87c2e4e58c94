// The admin lists' CSV exports (GET /api/admin/exports/<list>.csv, ADMIN): every row matching the
// screen's filters, made by the server — not just the page loaded in the browser.

export const EXPORT_LISTS = ["applications", "credentials", "people", "privacy-requests", "payments"] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];

export type ExportParams = Record<string, string | number | boolean | readonly string[] | null | undefined>;

/** /api/admin/exports/applications.csv?status=SUBMITTED,UNDER_REVIEW&unassigned=true — empty values left out. */
export const listExportUrl = (list: ExportList, params: ExportParams = {}): string => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "" || value === false) continue;
    if (Array.isArray(value)) {
      if (value.length) query.set(key, value.join(","));
    } else query.set(key, String(value));
  }
  const qs = query.toString();
  return `/api/admin/exports/${list}.csv${qs ? `?${qs}` : ""}`;
};

/** carecoreplus-payments-2026-11-29.csv (the server names the file the same way). */
export const listExportFilename = (list: ExportList, today: string): string => `carecoreplus-${list}-${today}.csv`;
