import { useQuery } from "@apollo/client/react";
import { MyApplicationDocument } from "@ccp/shared";
import { Link, useParams } from "react-router";
import { paths } from "@/app/paths";
import { isEditable } from "@/lib/application-status";
import { describeError } from "@/lib/errors";
import { Alert } from "@/components/ui/alert";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { ApplicationWizard } from "@/features/applications/components/application-wizard";

export const ApplicationEditPage = () => {
  const { id = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(MyApplicationDocument, {
    variables: { id },
    fetchPolicy: "network-only",
  });
  const application = data?.application;
  return (
    <div className="container page-narrow">
      <title>Edit application · CareCorePlus</title>
      <p>
        <Link to={paths.app.application(id)}>← Back to the application</Link>
      </p>
      <h1>{application?.status === "CHANGES_REQUESTED" ? "Make changes and resubmit" : "Continue your application"}</h1>
      {loading && !data && <LoadingState label="Loading the application…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && !application && (
        <EmptyState title="We couldn't find this application">
          <Link to={paths.app.applications}>Go to your applications</Link>
        </EmptyState>
      )}
      {application && !isEditable(application.status) && (
        <Alert tone="info" title="This application can't be changed now">
          <Link to={paths.app.application(application.id)}>See where it is</Link>
        </Alert>
      )}
      {application && isEditable(application.status) && (
        <>
          {application.status === "CHANGES_REQUESTED" && application.decisionReason && (
            <Alert tone="warning" title="What the reviewer asked for">
              <p className="pre-line">{application.decisionReason}</p>
            </Alert>
          )}
          <ApplicationWizard application={application} />
        </>
      )}
    </div>
  );
};
