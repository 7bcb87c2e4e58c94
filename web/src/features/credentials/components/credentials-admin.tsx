import { useQuery } from "@apollo/client/react";
import { AdminCredentialsDocument } from "@ccp/shared";
import { useState } from "react";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { Alert, FormErrors } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CsvExportButton } from "@/components/ui/csv-export-button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import type { CredentialAction } from "../schemas/credential-action-schema";
import { CREDENTIAL_STATUS } from "../utils/credential-labels";
import { CredentialActionForm } from "./credential-action-form";
import { useLoadMore } from "@/lib/use-load-more";
import { useT } from "@/lib/i18n";

const PAGE_SIZE = 25;

/** Every issued credential, with revoke / suspend / reinstate. */
export const CredentialsAdmin = () => {
  const t = useT("staff");
  const { data, loading, error, refetch, fetchMore } = useQuery(AdminCredentialsDocument, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
  const { loadMore, loadingMore, loadMoreErrors: loadMoreError } = useLoadMore(fetchMore);
  const [acting, setActing] = useState<{ id: string; action: CredentialAction } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (loading && !data) return <LoadingState label={t("credentials.loading")} />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const connection = data?.credentials;
  const credentials = connection?.edges.map((edge) => edge.node) ?? [];
  if (!connection || credentials.length === 0) {
    return (
      <EmptyState title={t("credentials.empty")}>
        <p>{t("credentials.emptyText")}</p>
      </EmptyState>
    );
  }

  const start = (id: string, action: CredentialAction) => {
    setNotice(null);
    setActing({ id, action });
  };


  return (
    <div className="stack">
      <CsvExportButton list="credentials" what={t("credentials.exportAll")} />
      {notice && <Alert tone="success" title={notice} />}
      <p className="muted" aria-live="polite">
        {t("credentials.showing", { shown: credentials.length, count: connection.totalCount })}
      </p>
      <ul className="item-list">
        {credentials.map((credential) => {
          const status = CREDENTIAL_STATUS[credential.status];
          const open = acting?.id === credential.id ? acting.action : null;
          return (
            <li key={credential.id} className="item-card item-card-stack">
              <div className="item-row">
                <div className="item-main">
                  <h2 className="item-title">
                    {credential.title} <span className="muted">· {credential.subject === "PROGRAM" ? credential.program?.title : credential.holderName}</span>
                  </h2>
                  <p className="item-meta">
                    <Link to={paths.verifyCredential(credential.number)} className="credential-number">
                      {credential.number}
                    </Link>
                    <span>{t("credentials.valid", { from: formatDate(credential.validFrom), until: formatDate(credential.validUntil) })}</span>
                  </p>
                  {credential.statusReason && credential.status !== "ACTIVE" && (
                    <p className="item-reason">{t("credentials.reason", { reason: credential.statusReason })}</p>
                  )}
                </div>
                <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
              </div>
              {!open && credential.status !== "REVOKED" && (
                <div className="action-bar">
                  {credential.status === "SUSPENDED" ? (
                    <Button variant="secondary" className="btn-small" onClick={() => start(credential.id, "REINSTATE")} aria-label={t("credentials.reinstateOf", { number: credential.number })}>
                      {t("credentials.reinstate")}
                    </Button>
                  ) : (
                    <Button variant="secondary" className="btn-small" onClick={() => start(credential.id, "SUSPEND")} aria-label={t("credentials.suspendOf", { number: credential.number })}>
                      {t("credentials.suspend")}
                    </Button>
                  )}
                  <Button variant="link" onClick={() => start(credential.id, "REVOKE")} aria-label={t("credentials.revokeOf", { number: credential.number })}>
                    {t("credentials.revoke")}
                  </Button>
                </div>
              )}
              {open && (
                <CredentialActionForm
                  credential={credential}
                  action={open}
                  onDone={(message) => {
                    setActing(null);
                    setNotice(message);
                    void refetch();
                  }}
                  onCancel={() => setActing(null)}
                />
              )}
            </li>
          );
        })}
      </ul>
      <FormErrors messages={loadMoreError} />
      {connection.pageInfo.hasNextPage && (
        <div>
          <Button variant="secondary" onClick={() => void loadMore(connection.pageInfo.endCursor)} pending={loadingMore} pendingLabel={t("credentials.loadingMore")}>
            {t("credentials.loadMore")}
          </Button>
        </div>
      )}
    </div>
  );
};
