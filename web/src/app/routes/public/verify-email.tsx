import { Link, useSearchParams } from "react-router";
import { paths } from "@/app/paths";
import { Alert } from "@/components/ui/alert";
import { VerifyEmailStatus } from "@/features/auth/components/verify-email-status";

export const VerifyEmailPage = () => {
  const [params] = useSearchParams();
  const token = params.get("token");
  return (
    <div className="container page-narrow">
      <title>Confirm your e-mail · CareCorePlus</title>
      <h1>Confirm your e-mail address</h1>
      {token ? (
        <VerifyEmailStatus token={token} />
      ) : (
        <Alert tone="error" title="This link is incomplete">
          <p>
            Please open the link from your e-mail again, or copy the whole address into your browser.{" "}
            <Link to={paths.home}>Go to the home page</Link>
          </p>
        </Alert>
      )}
    </div>
  );
};
