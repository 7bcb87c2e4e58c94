import { useQuery } from "@apollo/client/react";
import { MyApplicationsDocument } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { KIND_LABEL } from "@/lib/application-status";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { ApplicationStatusBadge } from "@/components/application/application-status-badge";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { useLoadMore } from "@/lib/use-load-more";

const PAGE_SIZE = 25;

export const ApplicationsList = () => {
  const t = useT("applicant");
  const { data, loading, error, refetch, fetchMore } = useQuery(MyApplicationsDocument, {
    variables: { first: PAGE_SIZE, sort: "UPDATED_AT_DESC" },
    fetchPolicy: "cache-and-network",
  });
  const { loadMore, loadingMore, loadMoreErrors: loadMoreError } = useLoadMore(fetchMore);

  if (loading && !data) return <LoadingState label={t("applicationsList.loading")} />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const applications = data?.applications.edges.map((edge) => edge.node) ?? [];
  if (applications.length === 0) {
    return (
      <EmptyState title={t("applicationsList.empty")}>
        <p>{t("applicationsList.emptyText")}</p>
        <Link to={paths.app.applicationNew} className="btn btn-primary">
          {t("applications.new")}
        </Link>
      </EmptyState>
    );
  }


  return (
    <div className="stack">
      <p className="muted">
        {t("applicationsList.count", { count: data?.applications.totalCount ?? 0 })}
      </p>
      <ul className="item-list">
        {applications.map((application) => (
          <li key={application.id} className="item-card">
            <div className="item-main">
              <h2 className="item-title">
                <Link to={paths.app.application(application.id)}>
                  {application.certificationType?.name ?? KIND_LABEL[application.kind]}
                </Link>
              </h2>
              <p className="item-meta">
                <span>{KIND_LABEL[application.kind]}</span>
                {application.program && <span>{application.program.title}</span>}
                <span>
                  {application.submittedAt
                    ? t("applicationsList.submitted", { date: formatDate(application.submittedAt) })
                    : t("applicationsList.started", { date: formatDate(application.createdAt) })}
                </span>
                {application.credential && <span>{t("applicationsList.credential", { number: application.credential.number })}</span>}
              </p>
            </div>
            <ApplicationStatusBadge status={application.status} />
          </li>
        ))}
      </ul>
      <FormErrors messages={loadMoreError} />
      {data?.applications.pageInfo.hasNextPage && (
        <div>
          <Button variant="secondary" onClick={() => void loadMore(data?.applications.pageInfo.endCursor)} pending={loadingMore} pendingLabel={t("common:loadingMore")}>
            {t("common:loadMore")}
          </Button>
        </div>
      )}
    </div>
  );
};
