import { useQuery } from "@apollo/client/react";
import { ProgramDocument } from "@ccp/shared";
import { Link, useParams } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { useFlashState } from "@/lib/use-flash-state";
import { Alert } from "@/components/ui/alert";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { ProgramDetail } from "@/features/programs/components/program-detail";

type ProgramLocationState = { created: boolean; saved: boolean };

export const ProgramPage = () => {
  const t = useT("applicant");
  const { id = "" } = useParams();
  const state = useFlashState<ProgramLocationState>();
  const { data, loading, error, refetch } = useQuery(ProgramDocument, { variables: { id } });
  const program = data?.program;
  return (
    <div className="container page">
      <title>{t("common:pageTitle", { title: program ? program.title : t("programDetail.title") })}</title>
      <p>
        <Link to={paths.app.programs}>{t("programs.back")}</Link>
      </p>
      {state?.created && <Alert tone="success" title={t("programDetail.created")} />}
      {state?.saved && <Alert tone="success" title={t("programDetail.saved")} />}
      {loading && !data && <LoadingState label={t("programDetail.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && !program && (
        <EmptyState title={t("programDetail.notFound")}>
          <p>{t("programDetail.notFoundText")}</p>
          <Link to={paths.app.programs}>{t("programs.goTo")}</Link>
        </EmptyState>
      )}
      {program && <ProgramDetail program={program} />}
    </div>
  );
};
