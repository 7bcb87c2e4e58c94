import { useQuery } from "@apollo/client/react";
import { MyApplicationDocument } from "@ccp/shared";
import { Link, useParams } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { useFlashState } from "@/lib/use-flash-state";
import { Alert } from "@/components/ui/alert";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { ApplicationDetail } from "@/features/applications/components/application-detail";

type ApplicationLocationState = { submitted: boolean; started: boolean };

export const ApplicationPage = () => {
  const t = useT("applicant");
  const { id = "" } = useParams();
  const state = useFlashState<ApplicationLocationState>();
  const { data, loading, error, refetch } = useQuery(MyApplicationDocument, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });
  const application = data?.application;
  return (
    <div className="container page">
      <title>{t("common:pageTitle", { title: t("application.title") })}</title>
      <p>
        <Link to={paths.app.applications}>{t("application.back")}</Link>
      </p>
      {state?.submitted && (
        <Alert tone="success" title={t("application.submitted")}>
          {t("application.submittedText")}
        </Alert>
      )}
      {state?.started && (
        <Alert tone="success" title={t("application.started")}>
          {t("application.startedText")}
        </Alert>
      )}
      {loading && !data && <LoadingState label={t("application.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && !application && (
        <EmptyState title={t("application.notFound")}>
          <Link to={paths.app.applications}>{t("application.goTo")}</Link>
        </EmptyState>
      )}
      {application && <ApplicationDetail application={application} />}
    </div>
  );
};
