import { useQuery } from "@apollo/client/react";
import { OrganizationsDocument } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { ProgramForm } from "@/features/programs/components/program-form";

export const ProgramNewPage = () => {
  const { data, loading, error, refetch } = useQuery(OrganizationsDocument);
  return (
    <div className="container page-narrow">
      <title>Add a program · CareCorePlus</title>
      <p>
        <Link to={paths.app.programs}>← Your programs</Link>
      </p>
      <h1>Add a training program</h1>
      <p className="lead">Describe the program, its modules and its instructors. You can change it later.</p>
      {loading && !data && <LoadingState />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && <ProgramForm organizations={data.organizations} />}
    </div>
  );
};
