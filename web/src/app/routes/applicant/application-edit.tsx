import { useQuery } from "@apollo/client/react";
import { MyApplicationDocument } from "@ccp/shared";
import { Link, useParams } from "react-router";
import { paths } from "@/app/paths";
import { isEditable } from "@/lib/application-status";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Alert } from "@/components/ui/alert";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { ApplicationWizard } from "@/features/applications/components/application-wizard";

export const ApplicationEditPage = () => {
  const t = useT("applicant");
  const { id = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(MyApplicationDocument, {
    variables: { id },
    fetchPolicy: "network-only",
  });
  const application = data?.application;
  return (
    <div className="container page-narrow">
      <title>{t("common:pageTitle", { title: t("applicationEdit.title") })}</title>
      <p>
        <Link to={paths.app.application(id)}>{t("applicationEdit.back")}</Link>
      </p>
      <h1>{application?.status === "CHANGES_REQUESTED" ? t("applicationEdit.resubmitHeading") : t("applicationEdit.continueHeading")}</h1>
      {loading && !data && <LoadingState label={t("applicationEdit.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && !application && (
        <EmptyState title={t("applicationEdit.notFound")}>
          <Link to={paths.app.applications}>{t("applicationEdit.goTo")}</Link>
        </EmptyState>
      )}
      {application && !isEditable(application.status) && (
        <Alert tone="info" title={t("applicationEdit.notEditable")}>
          <Link to={paths.app.application(application.id)}>{t("applicationEdit.seeWhere")}</Link>
        </Alert>
      )}
      {application && isEditable(application.status) && (
        <>
          {application.status === "CHANGES_REQUESTED" && application.decisionReason && (
            <Alert tone="warning" title={t("applicationEdit.reviewerAsked")}>
              <p className="pre-line">{application.decisionReason}</p>
            </Alert>
          )}
          <ApplicationWizard application={application} />
        </>
      )}
    </div>
  );
};
