import { useQuery } from "@apollo/client/react";
import { MyPrivacyRequestsDocument, type MyPrivacyRequestFieldsFragment } from "@ccp/shared";
import { useEffect, useState } from "react";
import { downloadProtectedFile } from "@/lib/authorized-http";
import { formatDate, formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { PERSONAL_FIELD_LABEL, REQUEST_KIND_LABEL, REQUEST_STATUS, exportFilename, exportProgressLabel, fieldValueLabel, isExportPending } from "../utils/privacy-labels";

const POLL_MS = 3000;

/** "Your requests": each request with its deadline and outcome, and the download once a copy is ready. */
export const MyPrivacyRequests = () => {
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(MyPrivacyRequestsDocument, {
    fetchPolicy: "cache-and-network",
  });
  const requests = data?.myPrivacyRequests ?? [];
  const preparing = requests.some(isExportPending);

  // A copy is built by a background job within seconds: check until it's ready.
  useEffect(() => {
    if (!preparing) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [preparing, startPolling, stopPolling]);

  if (loading && !data) return <LoadingState label="Loading your requests…" />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  if (requests.length === 0) {
    return (
      <EmptyState title="You haven't made any requests">
        <p>Use the form below to ask for a copy of your data, a correction or the deletion of your account.</p>
      </EmptyState>
    );
  }
  return (
    <ul className="item-list privacy-requests" aria-label="Your privacy requests, newest first">
      {requests.map((request) => (
        <PrivacyRequestItem key={request.id} request={request} />
      ))}
    </ul>
  );
};

const PrivacyRequestItem = ({ request }: { request: MyPrivacyRequestFieldsFragment }) => {
  const status = REQUEST_STATUS[request.status];
  const [downloading, setDownloading] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const title = REQUEST_KIND_LABEL[request.kind];

  const download = async (url: string) => {
    setDownloading(true);
    setErrors([]);
    try {
      const result = await downloadProtectedFile(url, exportFilename(new Date()));
      if (!result.ok) {
        setErrors([
          result.status === 404
            ? "This file is no longer available. Make a new request to get an up-to-date copy."
            : result.message || "The download didn't work. Please try again.",
        ]);
      }
    } catch {
      setErrors(["The download didn't work. Check your internet connection and try again."]);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <li className="item-card item-card-stack">
      <div className="item-row">
        <div className="item-main">
          <h3 className="item-title">{title}</h3>
          <p className="item-meta">
            <span>
              Received <time dateTime={request.receivedAt}>{formatDate(request.receivedAt)}</time>
            </span>
            {request.status === "RECEIVED" || request.status === "IN_PROGRESS" ? (
              <span>
                Answer due by <time dateTime={request.dueAt}>{formatDate(request.dueAt)}</time>
              </span>
            ) : (
              request.completedAt && (
                <span>
                  {request.status === "REJECTED" ? "Answered" : "Completed"}{" "}
                  <time dateTime={request.completedAt}>{formatDate(request.completedAt)}</time>
                </span>
              )
            )}
          </p>
        </div>
        <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
      </div>
      {request.details && (
        <p className="item-reason pre-line">
          <span className="summary-title">What you asked: </span>
          {request.details}
        </p>
      )}
      {request.corrections.length > 0 && (
        <div className="item-reason">
          <span className="summary-title">Details to correct:</span>
          <ul className="bullet-list">
            {request.corrections.map((c) => (
              <li key={c.field}>
                {PERSONAL_FIELD_LABEL[c.field]} → {fieldValueLabel(c.proposedValue)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {request.extensionReason && (request.status === "RECEIVED" || request.status === "IN_PROGRESS") && (
        <p className="item-reason pre-line">
          <span className="summary-title">We need more time: </span>
          {request.extensionReason}
        </p>
      )}
      {request.outcome && (
        <p className="item-reason pre-line">
          <span className="summary-title">{request.status === "REJECTED" ? "Why we couldn't do it: " : "What we did: "}</span>
          {request.outcome}
        </p>
      )}
      {isExportPending(request) && (
        <div className="preparing-block">
          <p className="preparing" role="status">
            <span className="spinner" aria-hidden="true" /> We're preparing your file. This usually takes a few seconds.
            {request.exportProgress && ` ${exportProgressLabel(request.exportProgress)}`}
          </p>
          {request.exportProgress && (
            <progress
              className="export-progress"
              max={request.exportProgress.sectionsTotal}
              value={request.exportProgress.sectionsDone}
              aria-label="How much of your file is ready"
            />
          )}
        </div>
      )}
      {request.exportUrl && (
        <div className="action-bar">
          <Button
            onClick={() => void download(request.exportUrl ?? "")}
            pending={downloading}
            pendingLabel="Downloading…"
          >
            Download your data
          </Button>
          {request.exportExpiresAt && (
            <span className="muted">
              Available until <time dateTime={request.exportExpiresAt}>{formatDateTime(request.exportExpiresAt)}</time>
            </span>
          )}
        </div>
      )}
      {!request.exportUrl && request.exportExpiresAt && (
        <p className="muted">The download has expired. Make a new request if you need an up-to-date copy.</p>
      )}
      <FormErrors messages={errors} />
    </li>
  );
};
