import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useViewer } from "@/lib/auth";
import { Card } from "@/components/ui/card";
import { EmailVerificationBanner } from "@/features/auth/components/email-verification-banner";
import { PendingPoliciesBanner } from "@/features/privacy/components/pending-policies-banner";
import { ApplicationsSummary } from "@/features/applications/components/applications-summary";
import { CredentialsSummary } from "@/features/credentials/components/credentials-summary";

const greeting = (hour: number) => (hour < 12 ? "Good morning" : hour < 18 ? "Good afternoon" : "Good evening");

export const DashboardPage = () => {
  const viewer = useViewer();
  return (
    <div className="container page">
      <title>Dashboard · CareCorePlus</title>
      <h1>
        {greeting(new Date().getHours())}, {viewer.firstName}
      </h1>
      <p className="lead">This is your CareCorePlus home. Here's what needs your attention.</p>

      <div className="stack">
        {!viewer.emailVerified && <EmailVerificationBanner email={viewer.email} />}
        <PendingPoliciesBanner pending={viewer.pendingPolicyVersions} />
      </div>

      <div className="card-grid dashboard-grid">
        <Card title="Your applications">
          <ApplicationsSummary />
        </Card>
        <Card title="Your credentials">
          <CredentialsSummary />
        </Card>
        <Card title="Your account">
          <ul className="link-list">
            <li>
              <Link to={paths.app.programs}>Your training programs</Link>
            </li>
            <li>
              <Link to={paths.app.organization}>Your organization and its members</Link>
            </li>
            <li>
              <Link to={paths.app.profile}>Update your profile</Link>
            </li>
            <li>
              <Link to={paths.app.security}>
                {viewer.mfaEnabled ? "Manage your password and two-step sign-in" : "Turn on two-step sign-in"}
              </Link>
            </li>
            <li>
              <Link to={paths.app.support}>Ask for help or send feedback</Link>
            </li>
            <li>
              <Link to={paths.privacy}>Read our privacy policy</Link>
            </li>
          </ul>
        </Card>
      </div>
    </div>
  );
};
