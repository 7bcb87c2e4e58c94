import { useQuery } from "@apollo/client/react";
import { ProfessionalProfileDocument } from "@ccp/shared";
import { Link } from "react-router";
import { paths } from "@/app/paths";
import { describeError } from "@/lib/errors";
import { ErrorState, LoadingState } from "@/components/ui/states";
import { ProfessionalProfileForm } from "@/features/professional-profile/components/professional-profile-form";

export const ProfessionalProfilePage = () => {
  const { data, loading, error, refetch } = useQuery(ProfessionalProfileDocument, { fetchPolicy: "network-only" });
  return (
    <div className="container page-narrow">
      <title>Your professional profile · CareCorePlus</title>
      <p>
        <Link to={paths.app.profile}>← Your profile</Link>
      </p>
      <h1>Your professional profile</h1>
      <p className="lead">
        Your licenses, certifications, education and work experience. Reviewers see it when you apply for a personal
        certification. It is stored encrypted, and only you and CareCorePlus reviewers can see it.
      </p>
      {loading && !data && <LoadingState label="Loading your professional profile…" />}
      {error && !data && <ErrorState message={describeError(error)} onRetry={() => void refetch()} />}
      {data && <ProfessionalProfileForm profile={data.professionalProfile} />}
    </div>
  );
};
