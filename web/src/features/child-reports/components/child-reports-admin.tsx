import { useMutation, useQuery } from "@apollo/client/react";
import { ChildReportResolveDocument, ChildReportsDocument, type ChildReportFieldsFragment } from "@ccp/shared";
import { useId, useState } from "react";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Confirm } from "@/components/ui/confirm";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { CONFIRM_WORD, childReportStatus, isConfirmWord, isStale, reportSubject, resolveErrorMessage, sortReports } from "../utils/child-report-labels";

/** Reports of possible under-18 accounts: confirm (erases the account now) or dismiss. */
export const ChildReportsAdmin = () => {
  const t = useT("staff");
  const { data, loading, error, refetch } = useQuery(ChildReportsDocument, { fetchPolicy: "cache-and-network" });
  const [notice, setNotice] = useState<string | null>(null);
  const reports = sortReports(data?.childReports ?? []);
  const open = reports.filter((r) => r.status === "OPEN").length;

  if (loading && !data) return <LoadingState label={t("childReports.loading")} />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  return (
    <div className="stack">
      {notice && <Alert tone="success" title={notice} />}
      {reports.length === 0 ? (
        <EmptyState title={t("childReports.empty.title")}>
          <p>{t("childReports.empty.text")}</p>
        </EmptyState>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {open === 0 ? t("childReports.summary.none") : t("childReports.summary.open", { count: open })}
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
  const t = useT("staff");
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
            ? t("childReports.done.deleted")
            : t("childReports.done.noMatch")
          : t("childReports.done.dismissed"),
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
            <Trans
              text={t("childReports.item.received", { date: formatDateTime(report.createdAt) })}
              components={[<time dateTime={report.createdAt} />]}
            />
          </h2>
          <p className="item-meta">
            <span>{subject}</span>
            {report.reportedEmail && (
              <span>
                <Trans text={t("childReports.item.email", { email: report.reportedEmail })} components={[<span className="cell-break" />]} />
              </span>
            )}
            {report.resolvedAt && (
              <span>
                <Trans
                  text={t("childReports.item.handled", { date: formatDateTime(report.resolvedAt) })}
                  components={[<time dateTime={report.resolvedAt} />]}
                />
              </span>
            )}
          </p>
        </div>
        <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
      </div>
      <p className="item-reason pre-line">
        <span className="summary-title">{t("childReports.item.why")} </span>
        {report.details}
      </p>
      <p className="item-reason">
        <span className="summary-title">{t("childReports.item.contact")} </span>
        {report.reporterContact ? <span className="cell-break">{report.reporterContact}</span> : <span className="muted">{t("childReports.item.noContact")}</span>}
      </p>
      <FormErrors messages={errors} />
      {isOpen && action === null && (
        <div className="action-bar">
          <Button variant="danger" className="btn-small" onClick={() => setAction("confirm")}>
            {matched ? t("childReports.actions.confirmDelete") : t("childReports.actions.confirm")}
          </Button>
          <Button variant="secondary" className="btn-small" onClick={() => setAction("dismiss")}>
            {t("childReports.actions.dismiss")}
          </Button>
        </div>
      )}
      {isOpen && action === "confirm" && matched && (
        <Confirm
          title={t("childReports.confirmDelete.title")}
          tone="danger"
          confirmLabel={t("childReports.confirmDelete.confirmLabel")}
          pendingLabel={t("childReports.confirmDelete.pending")}
          pending={pending}
          confirmDisabled={!isConfirmWord(word)}
          onConfirm={() => void doResolve(true)}
          onCancel={() => {
            setAction(null);
            setWord("");
          }}
        >
          <p>{t("childReports.confirmDelete.text")}</p>
          <div className="field">
            <label htmlFor={wordId} className="field-label">
              {t("childReports.confirmDelete.typeWord", { word: CONFIRM_WORD })}
            </label>
            <input id={wordId} className="input field-short" autoComplete="off" value={word} onChange={(event) => setWord(event.target.value)} />
          </div>
        </Confirm>
      )}
      {isOpen && action === "confirm" && !matched && (
        <Confirm
          title={t("childReports.confirmNoMatch.title")}
          confirmLabel={t("childReports.confirmNoMatch.confirmLabel")}
          pendingLabel={t("childReports.confirmNoMatch.pending")}
          pending={pending}
          onConfirm={() => void doResolve(true)}
          onCancel={() => setAction(null)}
        >
          <p>{t("childReports.confirmNoMatch.text")}</p>
        </Confirm>
      )}
      {isOpen && action === "dismiss" && (
        <Confirm
          title={t("childReports.confirmDismiss.title")}
          confirmLabel={t("childReports.confirmDismiss.confirmLabel")}
          pendingLabel={t("childReports.confirmDismiss.pending")}
          pending={pending}
          onConfirm={() => void doResolve(false)}
          onCancel={() => setAction(null)}
        >
          <p>{t("childReports.confirmDismiss.text")}</p>
        </Confirm>
      )}
    </li>
  );
};
