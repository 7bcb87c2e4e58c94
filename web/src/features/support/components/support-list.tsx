import { useQuery } from "@apollo/client/react";
import { SupportRequestsDocument, type SupportStatus } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { SUPPORT_KIND_LABEL, SUPPORT_STATUS } from "../utils/support-labels";
import { useLoadMore } from "@/lib/use-load-more";

const PAGE_SIZE = 25;

type SupportListProps = {
  /** Staff see everyone's requests, with who asked, and open them in the staff area. */
  staff?: boolean;
  status?: SupportStatus;
};

export const SupportList = ({ staff = false, status }: SupportListProps) => {
  const t = useT("applicant");
  const { data, loading, error, refetch, fetchMore } = useQuery(SupportRequestsDocument, {
    variables: { first: PAGE_SIZE, status },
    fetchPolicy: "cache-and-network",
  });
  const { loadMore, loadingMore, loadMoreErrors: loadMoreError } = useLoadMore(fetchMore);

  if (loading && !data) return <LoadingState label={t("support.list.loading")} />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const connection = data?.supportRequests;
  const requests = connection?.edges.map((edge) => edge.node) ?? [];
  if (!connection || requests.length === 0) {
    return (
      <EmptyState
        title={
          staff
            ? status
              ? t(`support.list.emptyStatus.${status}`)
              : t("support.list.emptyStaff")
            : t("support.list.empty")
        }
      >
        {!staff && <p>{t("support.list.emptyText")}</p>}
      </EmptyState>
    );
  }


  return (
    <div className="stack">
      <p className="muted" aria-live="polite">
        {t("support.list.showing", { shown: requests.length, count: connection.totalCount })}
      </p>
      <ul className="item-list">
        {requests.map((request) => {
          const badge = SUPPORT_STATUS[request.status];
          return (
            <li key={request.id} className="item-card">
              <div className="item-main">
                <h3 className="item-title">
                  <Link to={staff ? paths.admin.supportRequest(request.id) : paths.app.supportRequest(request.id)}>
                    {request.subject}
                  </Link>
                </h3>
                <p className="item-meta">
                  <span>{SUPPORT_KIND_LABEL[request.kind]}</span>
                  {staff && request.requester && (
                    <span>{t("support.from", { name: `${request.requester.firstName} ${request.requester.lastName}` })}</span>
                  )}
                  <span>
                    <Trans
                      text={t("support.list.lastActivity", { date: formatDateTime(request.lastContactAt) })}
                      components={[<time dateTime={request.lastContactAt} />]}
                    />
                  </span>
                </p>
              </div>
              <StatusBadge tone={badge.tone}>{badge.label}</StatusBadge>
            </li>
          );
        })}
      </ul>
      <FormErrors messages={loadMoreError} />
      {connection.pageInfo.hasNextPage && (
        <div>
          <Button variant="secondary" onClick={() => void loadMore(connection.pageInfo.endCursor)} pending={loadingMore} pendingLabel={t("common:loadingMore")}>
            {t("common:loadMore")}
          </Button>
        </div>
      )}
    </div>
  );
};
