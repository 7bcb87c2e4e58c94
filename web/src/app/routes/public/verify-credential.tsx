import { Link, useParams } from "react-router";
import { paths } from "@/app/paths";
import { Alert } from "@/components/ui/alert";

export const VerifyCredentialPage = () => {
  const { number = "" } = useParams();
  return (
    <div className="container page-narrow">
      <title>Check a credential · CareCorePlus</title>
      <h1>Check a credential</h1>
      <Alert tone="info" title="Credential checks are coming soon">
        <p>
          Verification of credential <strong className="cell-break">{number}</strong> is not available yet. We're
          building online verification now; until then, please contact the certificate holder or their training
          provider.
        </p>
      </Alert>
      <p>
        <Link to={paths.home}>Back to the home page</Link>
      </p>
    </div>
  );
};
