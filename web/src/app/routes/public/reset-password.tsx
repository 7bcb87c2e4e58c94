import { Link, useSearchParams } from "react-router";
import { paths } from "@/app/paths";
import { Alert } from "@/components/ui/alert";
import { ResetPasswordForm } from "@/features/auth/components/reset-password-form";

export const ResetPasswordPage = () => {
  const [params] = useSearchParams();
  const token = params.get("token");
  return (
    <div className="container page-narrow page-auth">
      <title>Choose a new password · CareCorePlus</title>
      <h1>Choose a new password</h1>
      <div className="panel">
        {token ? (
          <ResetPasswordForm token={token} />
        ) : (
          <Alert tone="error" title="This link is incomplete">
            <p>
              Please open the link from your e-mail again, or <Link to={paths.forgotPassword}>ask for a new one</Link>.
            </p>
          </Alert>
        )}
      </div>
    </div>
  );
};
