import { Link, useSearchParams } from "react-router";
import { paths } from "@/app/paths";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { ResetPasswordForm } from "@/features/auth/components/reset-password-form";

export const ResetPasswordPage = () => {
  const t = useT("public");
  const [params] = useSearchParams();
  const token = params.get("token");
  return (
    <div className="container page-narrow page-auth">
      <title>{t("common:pageTitle", { title: t("reset.title") })}</title>
      <h1>{t("reset.heading")}</h1>
      <div className="panel">
        {token ? (
          <ResetPasswordForm token={token} />
        ) : (
          <Alert tone="error" title={t("linkIncomplete")}>
            <p>
              <Trans text={t("reset.incomplete")} components={[<Link to={paths.forgotPassword} />]} />
            </p>
          </Alert>
        )}
      </div>
    </div>
  );
};
