import { useState } from "react";
import { downloadProtectedFile } from "@/lib/authorized-http";
import { type ExportList, type ExportParams, listExportFilename, listExportUrl } from "@/lib/list-export";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
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
  const t = useT("staff");
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const download = async () => {
    setPending(true);
    setProblem(null);
    try {
      const r = await downloadProtectedFile(listExportUrl(list, params), listExportFilename(list, new Date().toISOString().slice(0, 10)));
      if (!r.ok) setProblem(r.message || t("csvExport.httpFailed", { status: r.status }));
    } catch {
      setProblem(t("csvExport.failed"));
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="csv-export">
      <Button variant="secondary" onClick={() => void download()} pending={pending} pendingLabel={t("csvExport.preparing")}>
        <Trans text={t("csvExport.download", { what })} components={[<span className="visually-hidden" />]} />
      </Button>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
};
