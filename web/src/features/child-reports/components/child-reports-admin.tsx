import { useMutation, useQuery } from "@apollo/client/react";
import { ChildReportResolveDocument, ChildReportsDocument, type ChildReportFieldsFragment } from "@ccp/shared";
import { useId, useState } from "react";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { CONFIRM_WORD, childReportStatus, isConfirmWord, isStale, reportSubject, resolveErrorMessage, sortReports } from "../utils/child-report-labels";

/** Reports of possible under-18 accounts: confirm (erases the account now) or dismiss. */
export const ChildReportsAdmin = () => {
  const { data, loading, error, refetch } = useQuery(ChildReportsDocument, { fetchPolicy: "cache-and-network" });
  const [notice, setNotice] = useState<string | null>(null);
  const reports = sortReports(data?.childReports ?? []);
  const open = reports.filter((r) => r.status === "OPEN").length;

  if (loading && !data) return <LoadingState label="Loading reports…" />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  return (
    <div className="stack">
      {notice && <Alert tone="success" title={notice} />}
      {reports.length === 0 ? (
        <EmptyState title="No reports">
          <p>Reports sent with the public form appear here.</p>
        </EmptyState>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {open === 0 ? "No reports to check." : `${open} ${open === 1 ? "report" : "reports"} to check.`} Open reports come
            first.
          </p>
          <ul className="item-list">
            {reports.map((report) => (
              <ReportItem
                key={report.id}
                report={report}
                onDone={(message) => {
                  setNotice(message);
                  void refetch();
                }}
                onStale={() => void refetch()}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
};

type ReportItemProps = {
  report: ChildReportFieldsFragment;
  onDone: (message: string) => void;
  onStale: () => void;
};

const ReportItem = ({ report, onDone, onStale }: ReportItemProps) => {
  const wordId = useId();
  const [resolve] = useMutation(ChildReportResolveDocument);
  const [action, setAction] = useState<"confirm" | "dismiss" | null>(null);
  const [word, setWord] = useState("");
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const status = childReportStatus(report.status);
  const matched = Boolean(report.subjectUserId);
  const subject = reportSubject(report);
  const isOpen = report.status === "OPEN";

  const doResolve = async (confirmed: boolean) => {
    setPending(true);
    setErrors([]);
    try {
      const { data } = await resolve({ variables: { id: report.id, confirmed } });
      const payload = data?.childReportResolve;
      if (!payload) throw new Error("empty response");
      if (payload.errors.length > 0) {
        setErrors(payload.errors.map((e) => resolveErrorMessage(e)));
        setAction(null);
        // Someone else handled (or removed) it meanwhile: show the list as it is now.
        if (payload.errors.some((e) => isStale(e.code))) onStale();
        return;
      }
      setAction(null);
      setWord("");
      onDone(
        confirmed
          ? matched
            ? "Report confirmed. The account was deleted."
            : "Report confirmed. No account matched, so nothing was deleted."
          : "Report dismissed. The account was not changed.",
      );
    } catch (e) {
      setErrors([describeError(e)]);
    } finally {
      setPending(false);
    }
  };

  return (
    <li className="item-card item-card-stack">
      <div className="item-row">
        <div className="item-main">
          <h2 className="item-title">
            Report received <time dateTime={report.createdAt}>{formatDateTime(report.createdAt)}</time>
          </h2>
          <p className="item-meta">
            <span>{subject}</span>
            {report.reportedEmail && (
              <span>
                E-mail: <span className="cell-break">{report.reportedEmail}</span>
              </span>
            )}
            {report.resolvedAt && (
              <span>
                Handled <time dateTime={report.resolvedAt}>{formatDateTime(report.resolvedAt)}</time>
              </span>
            )}
          </p>
        </div>
        <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
      </div>
      <p className="item-reason pre-line">
        <span className="summary-title">Why they think so: </span>
        {report.details}
      </p>
      <p className="item-reason">
        <span className="summary-title">Reporter's contact: </span>
        {report.reporterContact ? <span className="cell-break">{report.reporterContact}</span> : <span className="muted">None given</span>}
      </p>
      <FormErrors messages={errors} />
      {isOpen && action === null && (
        <div className="action-bar">
          <Button variant="danger" className="btn-small" onClick={() => setAction("confirm")}>
            {matched ? "Confirm and delete the account" : "Confirm"}
          </Button>
          <Button variant="secondary" className="btn-small" onClick={() => setAction("dismiss")}>
            Dismiss
          </Button>
        </div>
      )}
      {isOpen && action === "confirm" && matched && (
        <Confirm
          title="Delete this account now?"
          tone="danger"
          confirmLabel="Delete the account now"
          pendingLabel="Deleting…"
          pending={pending}
          confirmDisabled={!isConfirmWord(word)}
          onConfirm={() => void doResolve(true)}
          onCancel={() => {
            setAction(null);
            setWord("");
          }}
        >
          <p>
            Only confirm once you have checked that the account belongs to someone under 18. The account, its profile,
            applications, documents and messages are deleted at once, and its owner can no longer sign in. This can't be
            undone.
          </p>
          <div className="field">
            <label htmlFor={wordId} className="field-label">
              Type {CONFIRM_WORD} to confirm
            </label>
            <input id={wordId} className="input field-short" autoComplete="off" value={word} onChange={(event) => setWord(event.target.value)} />
          </div>
        </Confirm>
      )}
      {isOpen && action === "confirm" && !matched && (
        <Confirm
          title="Confirm this report?"
          confirmLabel="Yes, confirm"
          pendingLabel="Saving…"
          pending={pending}
          onConfirm={() => void doResolve(true)}
          onCancel={() => setAction(null)}
        >
          <p>No account has the reported e-mail address, so nothing is deleted. The report is closed as confirmed.</p>
        </Confirm>
      )}
      {isOpen && action === "dismiss" && (
        <Confirm
          title="Dismiss this report?"
          confirmLabel="Yes, dismiss"
          pendingLabel="Dismissing…"
          pending={pending}
          onConfirm={() => void doResolve(false)}
          onCancel={() => setAction(null)}
        >
          <p>The account stays as it is. Dismiss a report when you have checked that its owner is 18 or over.</p>
        </Confirm>
      )}
    </li>
  );
};
