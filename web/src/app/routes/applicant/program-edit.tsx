import { useQuery } from "@apollo/client/react";
import { ProgramDocument } from "@ccp/shared";
import { Link, useParams } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { Alert } from "@/components/ui/alert";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { ProgramForm } from "@/features/programs/components/program-form";

export const ProgramEditPage = () => {
  const t = useT("applicant");
  const { id = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(ProgramDocument, { variables: { id }, fetchPolicy: "network-only" });
  const program = data?.program;
  return (
    <div className="container page-narrow">
      <title>{t("common:pageTitle", { title: t("programForm.editTitle") })}</title>
      <p>
        <Link to={paths.app.program(id)}>{t("programForm.back")}</Link>
      </p>
      <h1>{t("programForm.editTitle")}</h1>
      {loading && !data && <LoadingState label={t("programDetail.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && !program && (
        <EmptyState title={t("programDetail.notFound")}>
          <Link to={paths.app.programs}>{t("programs.goTo")}</Link>
        </EmptyState>
      )}
      {program?.status === "ARCHIVED" && <Alert tone="info" title={t("programForm.archived")} />}
      {program && program.status !== "ARCHIVED" && <ProgramForm program={program} organizations={[]} />}
    </div>
  );
};
