import { useQuery } from "@apollo/client/react";
import { MyCredentialDocument } from "@ccp/shared";
import { Link, useParams } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { CredentialDetail } from "@/features/credentials/components/credential-detail";

export const CredentialPage = () => {
  const t = useT("applicant");
  const { id = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(MyCredentialDocument, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });
  const credential = data?.credential;
  return (
    <div className="container page">
      <title>{t("common:pageTitle", { title: credential ? credential.title : t("credential.title") })}</title>
      <p>
        <Link to={paths.app.credentials}>{t("credential.back")}</Link>
      </p>
      {loading && !data && <LoadingState label={t("credential.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && !credential && (
        <EmptyState title={t("credential.notFound")}>
          <Link to={paths.app.credentials}>{t("credential.goTo")}</Link>
        </EmptyState>
      )}
      {credential && <CredentialDetail credential={credential} />}
    </div>
  );
};
