import { useMutation, useQuery } from "@apollo/client/react";
import { RetentionRunNowDocument, RetentionRunsDocument, type RetentionRunFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { formatDate, formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { heldLabel, runSummary, totalCount, totalHeld, triggerLabel } from "../utils/retention-labels";

/** The retention schedule: preview or run it now, and what each run removed. */
export const RetentionRuns = () => {
  const t = useT("staff");
  const { data, loading, error, refetch } = useQuery(RetentionRunsDocument, { fetchPolicy: "cache-and-network" });
  const [runNow] = useMutation(RetentionRunNowDocument, { refetchQueries: [RetentionRunsDocument] });
  const [running, setRunning] = useState<"preview" | "run" | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [latest, setLatest] = useState<string | null>(null);

  const start = async (dryRun: boolean) => {
    setConfirming(false);
    setRunning(dryRun ? "preview" : "run");
    setErrors([]);
    setLatest(null);
    try {
      const { data: result } = await runNow({ variables: { dryRun } });
      const run = result?.retentionRunNow;
      if (!run) throw new Error("empty response");
      setLatest(run.id);
    } catch (e) {
      setErrors([describeError(e)]);
    } finally {
      setRunning(null);
    }
  };

  const runs = data?.retentionRuns ?? [];
  const latestRun = runs.find((r) => r.id === latest);
  return (
    <div className="stack">
      <p>{t("retention.intro")}</p>
      {confirming ? (
        <Confirm
          title={t("retention.confirmTitle")}
          tone="danger"
          confirmLabel={t("retention.confirm")}
          onConfirm={() => void start(false)}
          onCancel={() => setConfirming(false)}
        >
          <p>{t("retention.confirmText")}</p>
        </Confirm>
      ) : (
        <div className="action-bar">
          <Button variant="secondary" onClick={() => void start(true)} pending={running === "preview"} pendingLabel={t("retention.previewing")} disabled={running !== null}>
            {t("retention.preview")}
          </Button>
          <Button variant="danger" onClick={() => setConfirming(true)} pending={running === "run"} pendingLabel={t("retention.running")} disabled={running !== null}>
            {t("retention.runNow")}
          </Button>
        </div>
      )}
      <p className="preparing" role="status">
        {running && (
          <>
            <span className="spinner" aria-hidden="true" />
            {t(running === "preview" ? "retention.countingWait" : "retention.deletingWait")}
          </>
        )}
      </p>
      <FormErrors messages={errors} />
      {latestRun && (
        <Alert
          tone="success"
          title={t(latestRun.dryRun ? "retention.previewFinished" : "retention.runFinished", {
            summary: runSummary(totalCount(latestRun.report), latestRun.dryRun),
          })}
        >
          <p>{t("retention.detailsBelow")}</p>
        </Alert>
      )}
      <h3>{t("retention.recent")}</h3>
      {loading && !data && <LoadingState label={t("retention.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && runs.length === 0 && (
        <EmptyState title={t("retention.none")}>
          <p>{t("retention.noneText")}</p>
        </EmptyState>
      )}
      {runs.length > 0 && (
        <ul className="item-list">
          {runs.map((run, index) => (
            <RunItem key={run.id} run={run} open={index === 0} />
          ))}
        </ul>
      )}
    </div>
  );
};

const RunItem = ({ run, open }: { run: RetentionRunFieldsFragment; open: boolean }) => {
  const t = useT("staff");
  const rules = run.report;
  const total = totalCount(rules);
  const held = totalHeld(rules);
  return (
    <li className="item-card item-card-stack">
      <details open={open} className="run-details">
        <summary>
          <span className="run-summary">
            <span className="item-title">
              <time dateTime={run.startedAt}>{formatDateTime(run.startedAt)}</time>
            </span>
            <span className="item-meta">
              <span>{triggerLabel(run.trigger)}</span>
              <span>{runSummary(total, run.dryRun)}</span>
              {held !== null && held > 0 && <span>{t("retention.held", { held })}</span>}
              {!run.finishedAt && <span>{t("retention.notFinished")}</span>}
            </span>
          </span>
          {run.dryRun ? (
            <StatusBadge tone="info">{t("retention.previewBadge")}</StatusBadge>
          ) : (
            <StatusBadge tone="warning">{t("retention.realBadge")}</StatusBadge>
          )}
        </summary>
        <div className="table-scroll">
          <table className="table table-compact table-stack">
            <caption className="visually-hidden">
              {t(run.dryRun ? "retention.captionPreview" : "retention.captionRun", { date: formatDateTime(run.startedAt) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("retention.rule")}</th>
                <th scope="col">{t("retention.olderThan")}</th>
                <th scope="col">{t(run.dryRun ? "retention.wouldDelete" : "retention.deleted")}</th>
                <th scope="col">{t("retention.heldBack")}</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((rule) => (
                <tr key={rule.rule}>
                  <th scope="row">
                    {rule.description}
                    <span className="cell-sub clause-id">{rule.clause}</span>
                  </th>
                  <td data-label={t("retention.olderThan")}>
                    <time dateTime={rule.cutoff}>{formatDate(rule.cutoff)}</time>
                  </td>
                  <td data-label={t(run.dryRun ? "retention.wouldDelete" : "retention.deleted")}>{rule.count}</td>
                  <td data-label={t("retention.heldBack")}>{heldLabel(rule.held)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </li>
  );
};
