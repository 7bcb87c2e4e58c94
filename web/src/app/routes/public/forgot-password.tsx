import { useT } from "@/lib/i18n";
import { ForgotPasswordForm } from "@/features/auth/components/forgot-password-form";

export const ForgotPasswordPage = () => {
  const t = useT("public");
  return (
    <div className="container page-narrow page-auth">
      <title>{t("common:pageTitle", { title: t("forgot.title") })}</title>
      <h1>{t("forgot.heading")}</h1>
      <p className="lead">{t("forgot.lead")}</p>
      <div className="panel">
        <ForgotPasswordForm />
      </div>
    </div>
  );
};
