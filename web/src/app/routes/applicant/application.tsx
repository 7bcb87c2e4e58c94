import { useQuery } from "@apollo/client/react";
import { MyApplicationDocument } from "@ccp/shared";
import { Link, useParams } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { useFlashState } from "@/lib/use-flash-state";
import { Alert } from "@/components/ui/alert";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { ApplicationDetail } from "@/features/applications/components/application-detail";

type ApplicationLocationState = { submitted: boolean; started: boolean };

export const ApplicationPage = () => {
  const { id = "" } = useParams();
  const state = useFlashState<ApplicationLocationState>();
  const { data, loading, error, refetch } = useQuery(MyApplicationDocument, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });
  const application = data?.application;
  return (
    <div className="container page">
      <title>Application · CareCorePlus</title>
      <p>
        <Link to={paths.app.applications}>← Your applications</Link>
      </p>
      {state?.submitted && (
        <Alert tone="success" title="Application submitted">
          Thank you. A reviewer will look at it soon; you'll get a notification when there's news.
        </Alert>
      )}
      {state?.started && (
        <Alert tone="success" title="Application started">
          It's saved as a draft. Add your statement and submit it when you're ready.
        </Alert>
      )}
      {loading && !data && <LoadingState label="Loading the application…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && !application && (
        <EmptyState title="We couldn't find this application">
          <Link to={paths.app.applications}>Go to your applications</Link>
        </EmptyState>
      )}
      {application && <ApplicationDetail application={application} />}
    </div>
  );
};
