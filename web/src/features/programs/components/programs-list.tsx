import { useQuery } from "@apollo/client/react";
import { ProgramsDocument } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { DELIVERY_MODE_LABEL, PROGRAM_STATUS_LABEL, formatHours } from "../utils/program-labels";
import { useLoadMore } from "@/lib/use-load-more";

const PAGE_SIZE = 25;

export const ProgramsList = () => {
  const { data, loading, error, refetch, fetchMore } = useQuery(ProgramsDocument, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
  const { loadMore, loadingMore, loadMoreErrors: loadMoreError } = useLoadMore(fetchMore);

  if (loading && !data) return <LoadingState label="Loading your programs…" />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;

  const programs = data?.programs.edges.map((edge) => edge.node) ?? [];
  if (programs.length === 0) {
    return (
      <EmptyState title="You haven't added a training program yet">
        <p>Add a program with its modules and instructors, then apply to have it accredited.</p>
        <Link to={paths.app.programNew} className="btn btn-primary">
          Add a program
        </Link>
      </EmptyState>
    );
  }


  return (
    <div className="stack">
      <p className="muted">
        {data?.programs.totalCount === 1 ? "1 program" : `${data?.programs.totalCount ?? 0} programs`}
      </p>
      <ul className="item-list">
        {programs.map((program) => (
          <li key={program.id} className="item-card">
            <div className="item-main">
              <h2 className="item-title">
                <Link to={paths.app.program(program.id)}>{program.title}</Link>
              </h2>
              <p className="item-meta">
                {program.organization?.name && <span>{program.organization.name}</span>}
                <span>{DELIVERY_MODE_LABEL[program.deliveryMode]}</span>
                <span>{formatHours(program.totalHours)}</span>
                <span>Updated {formatDate(program.updatedAt)}</span>
              </p>
            </div>
            <StatusBadge tone={program.status === "ACTIVE" ? "success" : "neutral"}>
              {PROGRAM_STATUS_LABEL[program.status]}
            </StatusBadge>
          </li>
        ))}
      </ul>
      <FormErrors messages={loadMoreError} />
      {data?.programs.pageInfo.hasNextPage && (
        <div>
          <Button variant="secondary" onClick={() => void loadMore(data?.programs.pageInfo.endCursor)} pending={loadingMore} pendingLabel="Loading more…">
            Load more
          </Button>
        </div>
      )}
    </div>
  );
};
