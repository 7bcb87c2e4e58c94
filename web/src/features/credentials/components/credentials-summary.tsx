import { useQuery } from "@apollo/client/react";
import { MyCredentialsDocument } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { formatDate } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge } from "@/components/ui/status-badge";
import { CREDENTIAL_STATUS } from "../utils/credential-labels";

/** The dashboard's "Your credentials" card body: certificates and program accreditations. */
export const CredentialsSummary = () => {
  const { data, loading, error, refetch } = useQuery(MyCredentialsDocument, {
    variables: { first: 10 },
    fetchPolicy: "cache-and-network",
  });
  if (loading && !data) return <LoadingState label="Loading credentials…" />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const credentials = data?.credentials.edges.map((edge) => edge.node) ?? [];
  if (credentials.length === 0) {
    return <p>When an application is approved, its credential appears here with a number anyone can verify.</p>;
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
                No. <span className="credential-number">{credential.number}</span>
              </span>
              <span className="muted summary-sub">Valid until {formatDate(credential.validUntil)}</span>
              <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
            </li>
          );
        })}
      </ul>
      <p className="summary-actions">
        <Link to={paths.app.credentials}>See all your credentials</Link>
      </p>
    </>
  );
};
