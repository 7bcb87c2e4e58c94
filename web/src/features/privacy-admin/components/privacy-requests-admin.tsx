import { useQuery } from "@apollo/client/react";
import { AdminPrivacyRequestsDocument, type PrivacyRequestKind, type PrivacyRequestStatus } from "@ccp/shared";
import { useState } from "react";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { useNow } from "@/lib/use-now";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CsvExportButton } from "@/components/ui/csv-export-button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { REQUEST_STATUS } from "@/features/privacy/utils/privacy-labels";
import { STAFF_KIND_LABEL, dueLabel, isOpen, isOverdue, requesterName } from "../utils/request-deadlines";
import { PrivacyRequestDetail } from "./privacy-request-detail";
import { useLoadMore } from "@/lib/use-load-more";

const PAGE_SIZE = 25;
const STATUSES: readonly PrivacyRequestStatus[] = ["RECEIVED", "IN_PROGRESS", "COMPLETED", "REJECTED"];
const KINDS: readonly PrivacyRequestKind[] = ["ACCESS", "EXPORT", "CORRECTION", "DELETION"];

/** Every data-subject request by due date, overdue ones highlighted, with a detail panel. */
export const PrivacyRequestsAdmin = () => {
  const t = useT("staff");
  const [status, setStatus] = useState<PrivacyRequestStatus | undefined>(undefined);
  const [kind, setKind] = useState<PrivacyRequestKind | undefined>(undefined);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const now = useNow();
  const filter = { ...(status ? { status } : {}), ...(kind ? { kind } : {}), ...(overdueOnly ? { overdue: true } : {}) };
  const { data, loading, error, refetch, fetchMore } = useQuery(AdminPrivacyRequestsDocument, {
    variables: { first: PAGE_SIZE, filter },
    fetchPolicy: "cache-and-network",
  });
  const { loadMore, loadingMore, loadMoreErrors: loadMoreError } = useLoadMore(fetchMore);
  const connection = data?.privacyRequests;
  const requests = connection?.edges.map((edge) => edge.node) ?? [];
  const current = requests.find((r) => r.id === selected);


  const changeFilter = (apply: () => void) => {
    setSelected(null);
    setNotice(null);
    apply();
  };

  return (
    <div className="stack">
      <CsvExportButton list="privacy-requests" params={filter} what={t("privacyRequests.csv")} />
      <div className="queue-filters" role="group" aria-label={t("privacyRequests.filters")}>
        <div className="field">
          <label htmlFor="pr-status" className="field-label">
            {t("privacyRequests.status")}
          </label>
          <select
            id="pr-status"
            className="input"
            value={status ?? ""}
            onChange={(event) => changeFilter(() => setStatus(STATUSES.find((s) => s === event.target.value)))}
          >
            <option value="">{t("privacyRequests.anyStatus")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {REQUEST_STATUS[s].label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="pr-kind" className="field-label">
            {t("privacyRequests.kindFilter")}
          </label>
          <select
            id="pr-kind"
            className="input"
            value={kind ?? ""}
            onChange={(event) => changeFilter(() => setKind(KINDS.find((k) => k === event.target.value)))}
          >
            <option value="">{t("privacyRequests.anyKind")}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {STAFF_KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox-inline">
          <input
            type="checkbox"
            className="checkbox"
            checked={overdueOnly}
            onChange={(event) => changeFilter(() => setOverdueOnly(event.target.checked))}
          />
          {t("privacyRequests.overdueOnly")}
        </label>
      </div>
      {notice && <Alert tone="success" title={notice} />}
      {loading && !data && <LoadingState label={t("privacyRequests.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {connection && requests.length === 0 && (
        <EmptyState title={t(overdueOnly ? "privacyRequests.noOverdue" : "privacyRequests.noMatch")}>
          <p>{t(overdueOnly ? "privacyRequests.noOverdueText" : "privacyRequests.noMatchText")}</p>
        </EmptyState>
      )}
      {connection && requests.length > 0 && (
        <>
          <p className="muted" aria-live="polite">
            {t("privacyRequests.showing", { shown: requests.length, count: connection.totalCount })}
          </p>
          <div className="table-scroll">
            <table className="table table-compact table-stack">
              <caption className="visually-hidden">{t("privacyRequests.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("privacyRequests.request")}</th>
                  <th scope="col">{t("privacyRequests.requester")}</th>
                  <th scope="col">{t("privacyRequests.received")}</th>
                  <th scope="col">{t("privacyRequests.due")}</th>
                  <th scope="col">{t("privacyRequests.status")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("privacyRequests.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {requests.map((request) => {
                  const overdue = isOverdue(request, now);
                  const badge = REQUEST_STATUS[request.status];
                  return (
                    <tr key={request.id} className={[overdue ? "row-overdue" : "", request.id === selected ? "row-selected" : ""].filter(Boolean).join(" ") || undefined}>
                      <th scope="row">
                        {STAFF_KIND_LABEL[request.kind]}
                        <span className="cell-sub input-mono">{request.id.slice(0, 8)}</span>
                      </th>
                      <td data-label={t("privacyRequests.requester")} className="cell-break">
                        {requesterName(request.requester)}
                        {request.requester?.email && !request.requester.erased && (
                          <span className="cell-sub">{request.requester.email}</span>
                        )}
                      </td>
                      <td data-label={t("privacyRequests.received")}>
                        <time dateTime={request.receivedAt}>{formatDate(request.receivedAt)}</time>
                      </td>
                      <td data-label={t("privacyRequests.due")}>
                        <time dateTime={request.dueAt}>{formatDate(request.dueAt)}</time>
                        {isOpen(request.status) && (
                          <span className={overdue ? "cell-sub sla-overdue" : "cell-sub"}>{dueLabel(request.dueAt, now)}</span>
                        )}
                      </td>
                      <td data-label={t("privacyRequests.status")}>
                        <StatusBadge tone={badge.tone}>{badge.label}</StatusBadge>
                      </td>
                      <td>
                        <Button
                          variant="secondary"
                          className="btn-small"
                          onClick={() => {
                            setNotice(null);
                            setSelected(request.id);
                          }}
                          aria-label={t("privacyRequests.openLabel", {
                            id: request.id.slice(0, 8),
                            kind: STAFF_KIND_LABEL[request.kind].toLowerCase(),
                            requester: requesterName(request.requester),
                            date: formatDate(request.receivedAt),
                          })}
                        >
                          {t("privacyRequests.open")}
                        </Button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <FormErrors messages={loadMoreError} />
          {connection.pageInfo.hasNextPage && (
            <div>
              <Button variant="secondary" onClick={() => void loadMore(connection?.pageInfo.endCursor)} pending={loadingMore} pendingLabel={t("common:loadingMore")}>
                {t("common:loadMore")}
              </Button>
            </div>
          )}
        </>
      )}
      {current && (
        <PrivacyRequestDetail
          key={current.id}
          request={current}
          now={now}
          onDone={(message) => {
            setNotice(message);
            void refetch();
          }}
          onClose={() => setSelected(null)}
          onStale={() => void refetch()}
        />
      )}
    </div>
  );
};
