import { useQuery } from "@apollo/client/react";
import { ProfessionalProfileDocument } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { useT } from "@/lib/i18n";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { ProfessionalProfileForm } from "@/features/professional-profile/components/professional-profile-form";

export const ProfessionalProfilePage = () => {
  const t = useT("applicant");
  const { data, loading, error, refetch } = useQuery(ProfessionalProfileDocument, { fetchPolicy: "network-only" });
  return (
    <div className="container page-narrow">
      <title>{t("common:pageTitle", { title: t("professionalProfile.title") })}</title>
      <p>
        <Link to={paths.app.profile}>{t("professionalProfile.back")}</Link>
      </p>
      <h1>{t("professionalProfile.title")}</h1>
      <p className="lead">{t("professionalProfile.lead")}</p>
      {loading && !data && <LoadingState label={t("professionalProfile.loading")} />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && <ProfessionalProfileForm profile={data.professionalProfile} />}
    </div>
  );
};
