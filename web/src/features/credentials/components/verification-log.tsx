import { useQuery } from "@apollo/client/react";
import { CredentialVerificationsDocument } from "@ccp/shared";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge, type BadgeTone } from "@/components/ui/status-badge";

const RESULT: Record<string, { label: string; tone: BadgeTone }> = {
  VALID: { label: "Valid", tone: "success" },
  EXPIRED: { label: "Expired", tone: "neutral" },
  SUSPENDED: { label: "Suspended", tone: "warning" },
  REVOKED: { label: "Revoked", tone: "danger" },
};

/** "Who verified this credential": integrators that checked it with an API key. */
export const VerificationLog = ({ credentialId }: { credentialId: string }) => {
  const { data, loading, error, refetch } = useQuery(CredentialVerificationsDocument, {
    variables: { credentialId },
    fetchPolicy: "cache-and-network",
  });
  if (loading && !data) return <LoadingState label="Loading who checked it…" />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const records = [...(data?.credentialVerifications ?? [])].sort((a, b) => b.at.localeCompare(a.at));
  if (records.length === 0) {
    return <EmptyState title="No employer or regulator has checked it through our API yet" />;
  }
  return (
    <div className="table-scroll">
      <table className="table table-compact">
        <caption className="visually-hidden">Checks of this credential, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Who checked</th>
            <th scope="col">What they saw</th>
            <th scope="col">When</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => {
            const result = RESULT[record.result] ?? { label: record.result, tone: "neutral" as const };
            return (
              <tr key={record.id}>
                <th scope="row" className="cell-break">
                  {record.verifierName}
                </th>
                <td>
                  <StatusBadge tone={result.tone}>{result.label}</StatusBadge>
                </td>
                <td>
                  <time dateTime={record.at}>{formatDateTime(record.at)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};
