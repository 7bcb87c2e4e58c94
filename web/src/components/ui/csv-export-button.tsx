import { useState } from "react";
import { downloadProtectedFile } from "@/lib/authorized-http";
import { type ExportList, type ExportParams, listExportFilename, listExportUrl } from "@/lib/list-export";
import { Button } from "./button";

type Props = {
  list: ExportList;
  /** The same filters the screen applies, so the file holds every row the list would show. */
  params?: ExportParams;
  /** What is downloaded, for screen readers ("the filtered payments"). */
  what: string;
};

/** "Download CSV" for an admin list: the server streams every matching row (all pages), with the token in a header. */
export const CsvExportButton = ({ list, params, what }: Props) => {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const download = async () => {
    setPending(true);
    setProblem(null);
    try {
      const r = await downloadProtectedFile(listExportUrl(list, params), listExportFilename(list, new Date().toISOString().slice(0, 10)));
      if (!r.ok) setProblem(r.message || `The download failed (HTTP ${r.status}). Try again.`);
    } catch {
      setProblem("The download failed: check your connection and try again.");
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="csv-export">
      <Button variant="secondary" onClick={() => void download()} pending={pending} pendingLabel="Preparing the file…">
        Download CSV<span className="visually-hidden">: {what}</span>
      </Button>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
};
