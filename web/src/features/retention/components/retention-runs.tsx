import { useMutation, useQuery } from "@apollo/client/react";
import { RetentionRunNowDocument, RetentionRunsDocument, type RetentionRunFieldsFragment } from "@ccp/shared";
import { useState } from "react";
import { formatDate, formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { heldLabel, runSummary, totalCount, totalHeld, triggerLabel } from "../utils/retention-labels";

/** The retention schedule: preview or run it now, and what each run removed. */
export const RetentionRuns = () => {
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
      <p>
        The schedule runs every day. A preview (dry run) only counts what is due; a real run deletes it in small batches.
        Anything under a legal hold is skipped.
      </p>
      {confirming ? (
        <Confirm
          title="Run the retention schedule now?"
          tone="danger"
          confirmLabel="Yes, delete what is due"
          onConfirm={() => void start(false)}
          onCancel={() => setConfirming(false)}
        >
          <p>
            Everything past its retention period is deleted for good, except what is under a legal hold. This can't be
            undone. Run a preview first if you're not sure what it will remove.
          </p>
        </Confirm>
      ) : (
        <div className="action-bar">
          <Button variant="secondary" onClick={() => void start(true)} pending={running === "preview"} pendingLabel="Previewing…" disabled={running !== null}>
            Preview (dry run)
          </Button>
          <Button variant="danger" onClick={() => setConfirming(true)} pending={running === "run"} pendingLabel="Running…" disabled={running !== null}>
            Run now
          </Button>
        </div>
      )}
      <p className="preparing" role="status">
        {running && (
          <>
            <span className="spinner" aria-hidden="true" />
            {running === "preview" ? "Counting what is due…" : "Deleting what is due…"} This can take a minute; please stay on
            this page.
          </>
        )}
      </p>
      <FormErrors messages={errors} />
      {latestRun && (
        <Alert tone="success" title={`${latestRun.dryRun ? "Preview" : "Run"} finished: ${runSummary(totalCount(latestRun.report), latestRun.dryRun)}.`}>
          <p>The details are at the top of the list below.</p>
        </Alert>
      )}
      <h3>Recent runs</h3>
      {loading && !data && <LoadingState label="Loading retention runs…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && runs.length === 0 && (
        <EmptyState title="The schedule hasn't run yet">
          <p>Its first daily run will appear here, or use “Preview (dry run)” to see what is due.</p>
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
              {held !== null && held > 0 && <span>{held} kept by legal holds</span>}
              {!run.finishedAt && <span>Not finished</span>}
            </span>
          </span>
          {run.dryRun ? <StatusBadge tone="info">Preview — nothing deleted</StatusBadge> : <StatusBadge tone="warning">Real run</StatusBadge>}
        </summary>
        <div className="table-scroll">
          <table className="table table-compact table-stack">
            <caption className="visually-hidden">
              What the run on {formatDateTime(run.startedAt)} {run.dryRun ? "would delete" : "deleted"}, per rule, and what legal holds held back
            </caption>
            <thead>
              <tr>
                <th scope="col">Rule and policy clause</th>
                <th scope="col">Older than</th>
                <th scope="col">{run.dryRun ? "Would delete" : "Deleted"}</th>
                <th scope="col">Held back</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((rule) => (
                <tr key={rule.rule}>
                  <th scope="row">
                    {rule.description}
                    <span className="cell-sub clause-id">{rule.clause}</span>
                  </th>
                  <td data-label="Older than">
                    <time dateTime={rule.cutoff}>{formatDate(rule.cutoff)}</time>
                  </td>
                  <td data-label={run.dryRun ? "Would delete" : "Deleted"}>{rule.count}</td>
                  <td data-label="Held back">{heldLabel(rule.held)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </li>
  );
};
