import { useQuery } from "@apollo/client/react";
import { CredentialVerificationsDocument } from "@ccp/shared";
import { formatDateTime } from "@/lib/dates";
import { describeError } from "@/lib/errors";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { StatusBadge, type BadgeTone } from "@/components/ui/status-badge";
import { useT } from "@/lib/i18n";

// Shown on the holder's own credential page: the applicant namespace (English and Spanish).
const RESULT_TONE: Record<string, BadgeTone> = { VALID: "success", EXPIRED: "neutral", SUSPENDED: "warning", REVOKED: "danger" };
const UNKNOWN_TONE: BadgeTone = "neutral";

/** "Who verified this credential": integrators that checked it with an API key. */
export const VerificationLog = ({ credentialId }: { credentialId: string }) => {
  const t = useT("applicant");
  const { data, loading, error, refetch } = useQuery(CredentialVerificationsDocument, {
    variables: { credentialId },
    fetchPolicy: "cache-and-network",
  });
  if (loading && !data) return <LoadingState label={t("verificationLog.loading")} />;
  if (error && !data) return <ErrorState message={describeError(error)} onRetry={() => void refetch()} />;
  const records = [...(data?.credentialVerifications ?? [])].sort((a, b) => b.at.localeCompare(a.at));
  if (records.length === 0) {
    return <EmptyState title={t("verificationLog.empty")} />;
  }
  return (
    <div className="table-scroll">
      <table className="table table-compact">
        <caption className="visually-hidden">{t("verificationLog.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("verificationLog.who")}</th>
            <th scope="col">{t("verificationLog.saw")}</th>
            <th scope="col">{t("verificationLog.when")}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => {
            const tone = RESULT_TONE[record.result];
            const result = tone ? { label: t(`verificationLog.result.${record.result}`), tone } : { label: record.result, tone: UNKNOWN_TONE };
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
