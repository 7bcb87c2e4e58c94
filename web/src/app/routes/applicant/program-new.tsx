import { useQuery } from "@apollo/client/react";
import { OrganizationsDocument } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { ProgramForm } from "@/features/programs/components/program-form";

export const ProgramNewPage = () => {
  const t = useT("applicant");
  const { data, loading, error, refetch } = useQuery(OrganizationsDocument);
  return (
    <div className="container page-narrow">
      <title>{t("common:pageTitle", { title: t("programs.add") })}</title>
      <p>
        <Link to={paths.app.programs}>{t("programs.back")}</Link>
      </p>
      <h1>{t("programForm.newHeading")}</h1>
      <p className="lead">{t("programForm.newLead")}</p>
      {loading && !data && <LoadingState />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && <ProgramForm organizations={data.organizations} />}
    </div>
  );
};
