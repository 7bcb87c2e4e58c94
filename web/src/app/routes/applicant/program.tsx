import { useQuery } from "@apollo/client/react";
import { ProgramDocument } from "@ccp/shared";
import { Link, useParams } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { useFlashState } from "@/lib/use-flash-state";
import { Alert } from "@/components/ui/alert";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { ProgramDetail } from "@/features/programs/components/program-detail";

type ProgramLocationState = { created: boolean; saved: boolean };

export const ProgramPage = () => {
  const { id = "" } = useParams();
  const state = useFlashState<ProgramLocationState>();
  const { data, loading, error, refetch } = useQuery(ProgramDocument, { variables: { id } });
  const program = data?.program;
  return (
    <div className="container page">
      <title>{program ? `${program.title} · CareCorePlus` : "Program · CareCorePlus"}</title>
      <p>
        <Link to={paths.app.programs}>← Your programs</Link>
      </p>
      {state?.created && <Alert tone="success" title="Program saved" />}
      {state?.saved && <Alert tone="success" title="Changes saved" />}
      {loading && !data && <LoadingState label="Loading the program…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && !program && (
        <EmptyState title="We couldn't find this program">
          <p>It may belong to an organization you're not a member of.</p>
          <Link to={paths.app.programs}>Go to your programs</Link>
        </EmptyState>
      )}
      {program && <ProgramDetail program={program} />}
    </div>
  );
};
