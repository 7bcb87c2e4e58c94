import { useViewer } from "@/lib/auth";
import { needsMfaEnrolment } from "@/lib/roles";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { MfaSection } from "@/features/security/components/mfa-section";
import { PasswordChangeForm } from "@/features/security/components/password-change-form";

export const SecurityPage = () => {
  const viewer = useViewer();
  const mfaRequired = needsMfaEnrolment(viewer);
  return (
    <div className="container page-narrow">
      <title>Security · CareCorePlus</title>
      <h1>Security</h1>
      <div className="stack">
        {mfaRequired && (
          <Alert tone="warning" title="Multi-factor authentication is required for staff accounts">
            <p>
              Because your account can see other people's information, please set up two-step sign-in below before you
              continue. The rest of CareCorePlus will open once it's on.
            </p>
          </Alert>
        )}
        <Card title="Two-step sign-in">
          <MfaSection viewer={viewer} />
        </Card>
        {!mfaRequired && (
          <Card title="Change your password">
            <PasswordChangeForm />
          </Card>
        )}
      </div>
    </div>
  );
};
