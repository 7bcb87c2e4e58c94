import { useQuery } from "@apollo/client/react";
import { MyApplicationsDocument } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { KIND_LABEL } from "@/lib/application-status";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { ApplicationStatusBadge } from "@/components/application/application-status-badge";
import { ErrorState, LoadingState } from "@/components/ui/states";

/** The dashboard's "Your applications" card body: the latest few, with their status. */
export const ApplicationsSummary = () => {
  const t = useT("applicant");
  const { data, loading, error, refetch } = useQuery(MyApplicationsDocument, {
    variables: { first: 4, sort: "UPDATED_AT_DESC" },
    fetchPolicy: "cache-and-network",
  });
  if (loading && !data) return <LoadingState label={t("summary.loadingApplications")} />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const applications = data?.applications.edges.map((edge) => edge.node) ?? [];
  const total = data?.applications.totalCount ?? 0;
  return (
    <>
      {applications.length === 0 ? (
        <p>{t("summary.noApplications")}</p>
      ) : (
        <ul className="summary-list">
          {applications.slice(0, 3).map((application) => (
            <li key={application.id}>
              <Link to={paths.app.application(application.id)}>
                {application.certificationType?.name ?? KIND_LABEL[application.kind]}
              </Link>
              {application.program && <span className="muted summary-sub">{application.program.title}</span>}
              <ApplicationStatusBadge status={application.status} />
            </li>
          ))}
        </ul>
      )}
      <p className="summary-actions">
        <Link to={paths.app.applicationNew} className="btn btn-primary btn-small">
          {t("summary.newApplication")}
        </Link>
        {total > 0 && <Link to={paths.app.applications}>{t("summary.allApplications", { count: total })}</Link>}
      </p>
    </>
  );
};
