import { useQuery } from "@apollo/client/react";
import { SupportRequestsDocument, type SupportStatus } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
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
  const { data, loading, error, refetch, fetchMore } = useQuery(SupportRequestsDocument, {
    variables: { first: PAGE_SIZE, status },
    fetchPolicy: "cache-and-network",
  });
  const { loadMore, loadingMore, loadMoreErrors: loadMoreError } = useLoadMore(fetchMore);

  if (loading && !data) return <LoadingState label="Loading requests…" />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const connection = data?.supportRequests;
  const requests = connection?.edges.map((edge) => edge.node) ?? [];
  if (!connection || requests.length === 0) {
    return (
      <EmptyState
        title={
          staff
            ? status
              ? `No ${SUPPORT_STATUS[status].label.toLowerCase()} requests`
              : "No support requests yet"
            : "You haven't asked us anything yet"
        }
      >
        {!staff && <p>Questions and feedback you send appear here with our replies.</p>}
      </EmptyState>
    );
  }


  return (
    <div className="stack">
      <p className="muted" aria-live="polite">
        Showing {requests.length} of {connection.totalCount} {connection.totalCount === 1 ? "request" : "requests"}
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
                    <span>
                      From {request.requester.firstName} {request.requester.lastName}
                    </span>
                  )}
                  <span>
                    Last activity <time dateTime={request.lastContactAt}>{formatDateTime(request.lastContactAt)}</time>
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
          <Button variant="secondary" onClick={() => void loadMore(connection.pageInfo.endCursor)} pending={loadingMore} pendingLabel="Loading more…">
            Load more
          </Button>
        </div>
      )}
    </div>
  );
};
