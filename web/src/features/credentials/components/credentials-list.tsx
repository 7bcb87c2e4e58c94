import { useQuery } from "@apollo/client/react";
import { MyCredentialsDocument } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { CREDENTIAL_STATUS } from "../utils/credential-labels";
import { useLoadMore } from "@/lib/use-load-more";

const PAGE_SIZE = 25;

/** Every credential the person holds, and their organizations' program accreditations. */
export const CredentialsList = () => {
  const t = useT("applicant");
  const { data, loading, error, refetch, fetchMore } = useQuery(MyCredentialsDocument, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
  const { loadMore, loadingMore, loadMoreErrors: loadMoreError } = useLoadMore(fetchMore);

  if (loading && !data) return <LoadingState label={t("credentialsList.loading")} />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const connection = data?.credentials;
  const credentials = connection?.edges.map((edge) => edge.node) ?? [];
  if (!connection || credentials.length === 0) {
    return (
      <EmptyState title={t("credentialsList.empty")}>
        <p>{t("credentialsList.emptyText")}</p>
        <Link to={paths.app.applications}>{t("credentialsList.goToApplications")}</Link>
      </EmptyState>
    );
  }


  return (
    <div className="stack">
      <p className="muted" aria-live="polite">
        {t("credentialsList.showing", { shown: credentials.length, count: connection.totalCount })}
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
                    <Trans text={t("summary.number", { number: credential.number })} components={[<span className="credential-number" />]} />
                  </span>
                  {credential.subject === "PROGRAM" && credential.program && <span>{credential.program.title}</span>}
                  <span>{t("summary.validUntil", { date: formatDate(credential.validUntil) })}</span>
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
          <Button variant="secondary" onClick={() => void loadMore(connection.pageInfo.endCursor)} pending={loadingMore} pendingLabel={t("common:loadingMore")}>
            {t("common:loadMore")}
          </Button>
        </div>
      )}
    </div>
  );
};
