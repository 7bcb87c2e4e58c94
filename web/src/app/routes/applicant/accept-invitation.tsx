import { useSearchParams } from "react-router";
import { AcceptInvitation } from "@/features/organizations/components/accept-invitation";

export const AcceptInvitationPage = () => {
  const [params] = useSearchParams();
  return (
    <div className="container page-narrow">
      <title>Join an organization · CareCorePlus</title>
      <h1>Join an organization</h1>
      <AcceptInvitation token={params.get("token") ?? ""} />
    </div>
  );
};
