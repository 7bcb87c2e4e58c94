import { useQuery } from "@apollo/client/react";
import { MyPrivacyRequestsDocument, type MyPrivacyRequestFieldsFragment } from "@ccp/shared";
import { useEffect, useState } from "react";
import { downloadProtectedFile } from "@/lib/authorized-http";
import { formatDate, formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { PERSONAL_FIELD_LABEL, REQUEST_KIND_LABEL, REQUEST_STATUS, exportFilename, exportProgressLabel, fieldValueLabel, isExportPending } from "../utils/privacy-labels";

const POLL_MS = 3000;

/** "Your requests": each request with its deadline and outcome, and the download once a copy is ready. */
export const MyPrivacyRequests = () => {
  const t = useT("applicant");
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

  if (loading && !data) return <LoadingState label={t("myRequests.loading")} />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  if (requests.length === 0) {
    return (
      <EmptyState title={t("myRequests.emptyTitle")}>
        <p>{t("myRequests.emptyText")}</p>
      </EmptyState>
    );
  }
  return (
    <ul className="item-list privacy-requests" aria-label={t("myRequests.listLabel")}>
      {requests.map((request) => (
        <PrivacyRequestItem key={request.id} request={request} />
      ))}
    </ul>
  );
};

const PrivacyRequestItem = ({ request }: { request: MyPrivacyRequestFieldsFragment }) => {
  const t = useT("applicant");
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
            ? t("myRequests.gone")
            : result.message || t("myRequests.failed"),
        ]);
      }
    } catch {
      setErrors([t("myRequests.offline")]);
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
              <Trans text={t("myRequests.received", { date: formatDate(request.receivedAt) })} components={[<time dateTime={request.receivedAt} />]} />
            </span>
            {request.status === "RECEIVED" || request.status === "IN_PROGRESS" ? (
              <span>
                <Trans text={t("myRequests.dueBy", { date: formatDate(request.dueAt) })} components={[<time dateTime={request.dueAt} />]} />
              </span>
            ) : (
              request.completedAt && (
                <span>
                  <Trans
                    text={t(request.status === "REJECTED" ? "myRequests.answered" : "myRequests.completed", {
                      date: formatDate(request.completedAt),
                    })}
                    components={[<time dateTime={request.completedAt} />]}
                  />
                </span>
              )
            )}
          </p>
        </div>
        <StatusBadge tone={status.tone}>{t(`myRequests.status.${request.status}`)}</StatusBadge>
      </div>
      {request.details && (
        <p className="item-reason pre-line">
          <span className="summary-title">{t("myRequests.whatYouAsked")}</span>
          {request.details}
        </p>
      )}
      {request.corrections.length > 0 && (
        <div className="item-reason">
          <span className="summary-title">{t("myRequests.toCorrect")}</span>
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
          <span className="summary-title">{t("myRequests.moreTime")}</span>
          {request.extensionReason}
        </p>
      )}
      {request.outcome && (
        <p className="item-reason pre-line">
          <span className="summary-title">{t(request.status === "REJECTED" ? "myRequests.whyNot" : "myRequests.whatWeDid")}</span>
          {request.outcome}
        </p>
      )}
      {isExportPending(request) && (
        <div className="preparing-block">
          <p className="preparing" role="status">
            <span className="spinner" aria-hidden="true" /> {t("myRequests.preparing")}
            {request.exportProgress && ` ${exportProgressLabel(request.exportProgress)}`}
          </p>
          {request.exportProgress && (
            <progress
              className="export-progress"
              max={request.exportProgress.sectionsTotal}
              value={request.exportProgress.sectionsDone}
              aria-label={t("myRequests.progressLabel")}
            />
          )}
        </div>
      )}
      {request.exportUrl && (
        <div className="action-bar">
          <Button
            onClick={() => void download(request.exportUrl ?? "")}
            pending={downloading}
            pendingLabel={t("myRequests.downloading")}
          >
            {t("myRequests.download")}
          </Button>
          {request.exportExpiresAt && (
            <span className="muted">
              <Trans
                text={t("myRequests.availableUntil", { date: formatDateTime(request.exportExpiresAt) })}
                components={[<time dateTime={request.exportExpiresAt} />]}
              />
            </span>
          )}
        </div>
      )}
      {!request.exportUrl && request.exportExpiresAt && (
        <p className="muted">{t("myRequests.expired")}</p>
      )}
      <FormErrors messages={errors} />
    </li>
  );
};
