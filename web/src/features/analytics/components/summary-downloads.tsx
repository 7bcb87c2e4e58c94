import { useT } from "@/lib/i18n";
import { saveBlob } from "@/lib/save-file";
import { Button } from "@/components/ui/button";
import { csvFilename, summaryTables, toCsv } from "../utils/analytics-csv";
import type { Summary } from "./usage-sections";

/** One CSV per table of the screen, made in the browser from the summary already loaded. */
export const SummaryDownloads = ({ summary }: { summary: Summary }) => {
  const t = useT("staff");
  const tables = summaryTables(summary);
  const today = new Date().toISOString().slice(0, 10);
  const download = (key: string) => {
    const table = tables.find((t) => t.key === key);
    if (!table) return;
    // A byte-order mark lets spreadsheet programs read the file as UTF-8.
    saveBlob(new Blob(["\uFEFF", toCsv(table.header, table.rows)], { type: "text/csv;charset=utf-8" }), csvFilename(key, summary.days, today));
  };
  return (
    <section className="panel stack" aria-labelledby="analytics-downloads">
      <h2 id="analytics-downloads" className="card-title">
        {t("analytics.downloads.title")}
      </h2>
      <p className="muted">{t("analytics.downloads.text", { days: summary.days })}</p>
      <ul className="download-list">
        {tables.map((table) => (
          <li key={table.key}>
            <Button variant="secondary" onClick={() => download(table.key)}>
              {t("analytics.downloads.button", { label: table.label })}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
};
