import { useQuery } from "@apollo/client/react";
import { ProgramDocument } from "@ccp/shared";
import { Link, useParams } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { Alert } from "@/components/ui/alert";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { ProgramForm } from "@/features/programs/components/program-form";

export const ProgramEditPage = () => {
  const { id = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(ProgramDocument, { variables: { id }, fetchPolicy: "network-only" });
  const program = data?.program;
  return (
    <div className="container page-narrow">
      <title>Edit program · CareCorePlus</title>
      <p>
        <Link to={paths.app.program(id)}>← Back to the program</Link>
      </p>
      <h1>Edit program</h1>
      {loading && !data && <LoadingState label="Loading the program…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && !program && (
        <EmptyState title="We couldn't find this program">
          <Link to={paths.app.programs}>Go to your programs</Link>
        </EmptyState>
      )}
      {program?.status === "ARCHIVED" && <Alert tone="info" title="Archived programs can't be changed" />}
      {program && program.status !== "ARCHIVED" && <ProgramForm program={program} organizations={[]} />}
    </div>
  );
};
