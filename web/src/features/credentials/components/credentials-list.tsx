import { useQuery } from "@apollo/client/react";
import { MyCredentialsDocument } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { CREDENTIAL_STATUS } from "../utils/credential-labels";
import { useLoadMore } from "@/lib/use-load-more";

const PAGE_SIZE = 25;

/** Every credential the person holds, and their organizations' program accreditations. */
export const CredentialsList = () => {
  const { data, loading, error, refetch, fetchMore } = useQuery(MyCredentialsDocument, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
  const { loadMore, loadingMore, loadMoreErrors: loadMoreError } = useLoadMore(fetchMore);

  if (loading && !data) return <LoadingState label="Loading your credentials…" />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const connection = data?.credentials;
  const credentials = connection?.edges.map((edge) => edge.node) ?? [];
  if (!connection || credentials.length === 0) {
    return (
      <EmptyState title="You don't have any credentials yet">
        <p>When an application is approved, its credential appears here with a number anyone can verify.</p>
        <Link to={paths.app.applications}>Go to your applications</Link>
      </EmptyState>
    );
  }


  return (
    <div className="stack">
      <p className="muted" aria-live="polite">
        Showing {credentials.length} of {connection.totalCount}{" "}
        {connection.totalCount === 1 ? "credential" : "credentials"}
      </p>
      <ul className="item-list">
        {credentials.map((credential) => {
          const status = CREDENTIAL_STATUS[credential.status];
          return (
            <li key={credential.id} className="item-card">
              <div className="item-main">
                <h2 className="item-title">
                  <Link to={paths.app.credential(credential.id)}>{credential.title}</Link>
                </h2>
                <p className="item-meta">
                  <span>
                    No. <span className="credential-number">{credential.number}</span>
                  </span>
                  {credential.subject === "PROGRAM" && credential.program && <span>{credential.program.title}</span>}
                  <span>Valid until {formatDate(credential.validUntil)}</span>
                </p>
              </div>
              <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
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
