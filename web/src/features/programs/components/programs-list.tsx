import { useQuery } from "@apollo/client/react";
import { ProgramsDocument } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDate } from "@/lib/dates";
import { useT } from "@/lib/i18n";
import { describeError } from "@/lib/errors";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { DELIVERY_MODE_LABEL, PROGRAM_STATUS_LABEL, formatHours } from "../utils/program-labels";
import { useLoadMore } from "@/lib/use-load-more";

const PAGE_SIZE = 25;

export const ProgramsList = () => {
  const t = useT("applicant");
  const { data, loading, error, refetch, fetchMore } = useQuery(ProgramsDocument, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
  const { loadMore, loadingMore, loadMoreErrors: loadMoreError } = useLoadMore(fetchMore);

  if (loading && !data) return <LoadingState label={t("programs.loading")} />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;

  const programs = data?.programs.edges.map((edge) => edge.node) ?? [];
  if (programs.length === 0) {
    return (
      <EmptyState title={t("programs.emptyTitle")}>
        <p>{t("programs.emptyText")}</p>
        <Link to={paths.app.programNew} className="btn btn-primary">
          {t("programs.add")}
        </Link>
      </EmptyState>
    );
  }


  return (
    <div className="stack">
      <p className="muted">
        {t("programs.count", { count: data?.programs.totalCount ?? 0 })}
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
                <span>{t("programs.updated", { date: formatDate(program.updatedAt) })}</span>
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
          <Button variant="secondary" onClick={() => void loadMore(data?.programs.pageInfo.endCursor)} pending={loadingMore} pendingLabel={t("common:loadingMore")}>
            {t("common:loadMore")}
          </Button>
        </div>
      )}
    </div>
  );
};
