import { useQuery } from "@apollo/client/react";
import { MyCredentialsDocument } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { CREDENTIAL_STATUS } from "../utils/credential-labels";

/** The dashboard's "Your credentials" card body: certificates and program accreditations. */
export const CredentialsSummary = () => {
  const t = useT("applicant");
  const { data, loading, error, refetch } = useQuery(MyCredentialsDocument, {
    variables: { first: 10 },
    fetchPolicy: "cache-and-network",
  });
  if (loading && !data) return <LoadingState label={t("summary.loadingCredentials")} />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const credentials = data?.credentials.edges.map((edge) => edge.node) ?? [];
  if (credentials.length === 0) {
    return <p>{t("summary.noCredentials")}</p>;
  }
  return (
    <>
      <ul className="summary-list">
        {credentials.map((credential) => {
          const status = CREDENTIAL_STATUS[credential.status];
          return (
            <li key={credential.id}>
              <Link to={paths.app.credential(credential.id)} className="summary-title">
                {credential.title}
              </Link>
              <span className="muted summary-sub">
                {credential.subject === "PROGRAM" ? credential.program?.title : credential.holderName}
              </span>
              <span className="summary-sub">
                <Trans text={t("summary.number", { number: credential.number })} components={[<span className="credential-number" />]} />
              </span>
              <span className="muted summary-sub">{t("summary.validUntil", { date: formatDate(credential.validUntil) })}</span>
              <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
            </li>
          );
        })}
      </ul>
      <p className="summary-actions">
        <Link to={paths.app.credentials}>{t("summary.allCredentials")}</Link>
      </p>
    </>
  );
};
