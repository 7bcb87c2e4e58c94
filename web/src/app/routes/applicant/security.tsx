import { useViewer } from "@/lib/auth";
import { needsMfaEnrolment } from "@/lib/roles";
import { useT } from "@/lib/i18n";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { MfaSection } from "@/features/security/components/mfa-section";
import { PasswordChangeForm } from "@/features/security/components/password-change-form";

export const SecurityPage = () => {
  const t = useT("applicant");
  const viewer = useViewer();
  const mfaRequired = needsMfaEnrolment(viewer);
  return (
    <div className="container page-narrow">
      <title>{t("common:pageTitle", { title: t("security.title") })}</title>
      <h1>{t("security.heading")}</h1>
      <div className="stack">
        {mfaRequired && (
          <Alert tone="warning" title={t("security.mfaRequired")}>
            <p>{t("security.mfaRequiredText")}</p>
          </Alert>
        )}
        <Card title={t("security.twoStep")}>
          <MfaSection viewer={viewer} />
        </Card>
        {!mfaRequired && (
          <Card title={t("security.changePassword")}>
            <PasswordChangeForm />
          </Card>
        )}
      </div>
    </div>
  );
};
