import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useAuth } from "@/lib/auth";
import { Alert } from "@/components/ui/alert";
import { PublicPrivacyRequest } from "@/features/privacy/components/public-privacy-request";

/** /privacy/request: a data-subject request for people who cannot sign in (POL-RIGHT-IDENTITY). */
export const PrivacyRequestPage = () => {
  const { viewer } = useAuth();
  return (
    <div className="container page-narrow">
      <title>Make a privacy request · CareCorePlus</title>
      <h1>Make a privacy request</h1>
      <p className="lead">
        Can't sign in? You can still ask for a copy of your data, a correction or the deletion of your account. To make sure
        it's really you, we'll e-mail a code to the address of your account.
      </p>
      {viewer && (
        <Alert tone="info" title="You're signed in">
          <p>
            You can make this request in <Link to={paths.app.privacy}>your privacy center</Link>, where you can also follow it.
          </p>
        </Alert>
      )}
      <PublicPrivacyRequest />
    </div>
  );
};
