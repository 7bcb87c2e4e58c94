import { useQuery } from "@apollo/client/react";
import { MyCredentialDocument } from "@ccp/shared";
import { Link, useParams } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { CredentialDetail } from "@/features/credentials/components/credential-detail";

export const CredentialPage = () => {
  const { id = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(MyCredentialDocument, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });
  const credential = data?.credential;
  return (
    <div className="container page">
      <title>{credential ? `${credential.title} · CareCorePlus` : "Credential · CareCorePlus"}</title>
      <p>
        <Link to={paths.app.credentials}>← Your credentials</Link>
      </p>
      {loading && !data && <LoadingState label="Loading the credential…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && !credential && (
        <EmptyState title="We couldn't find this credential">
          <Link to={paths.app.credentials}>Go to your credentials</Link>
        </EmptyState>
      )}
      {credential && <CredentialDetail credential={credential} />}
    </div>
  );
};
