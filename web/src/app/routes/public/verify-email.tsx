import { Link, useSearchParams } from "react-router";
import { paths } from "@/app/paths";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/lib/i18n";
import { VerifyEmailStatus } from "@/features/auth/components/verify-email-status";

export const VerifyEmailPage = () => {
  const t = useT("public");
  const [params] = useSearchParams();
  const token = params.get("token");
  return (
    <div className="container page-narrow">
      <title>{t("common:pageTitle", { title: t("verifyEmail.title") })}</title>
      <h1>{t("verifyEmail.heading")}</h1>
      {token ? (
        <VerifyEmailStatus token={token} />
      ) : (
        <Alert tone="error" title={t("linkIncomplete")}>
          <p>
            {t("verifyEmail.incomplete")} <Link to={paths.home}>{t("common:goHome")}</Link>
          </p>
        </Alert>
      )}
    </div>
  );
};
