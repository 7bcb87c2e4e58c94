import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useViewer } from "@/lib/auth";
import { ProfileForm } from "@/features/profile/components/profile-form";
import { CommunicationPreferences } from "@/features/preferences/components/communication-preferences";

/** The privacy center links here: /app/profile#communication-preferences. */
const PREFERENCES_ANCHOR = "communication-preferences";

export const ProfilePage = () => {
  const viewer = useViewer();

  return (
    <div className="container page-narrow">
      <title>Your profile · CareCorePlus</title>
      <h1>Your profile</h1>
      <p className="lead">Keep your details up to date so reviewers and employers see the right name.</p>
      <div className="panel">
        <ProfileForm viewer={viewer} />
      </div>
      <section className="panel profile-more" aria-labelledby="professional-heading">
        <h2 id="professional-heading" className="card-title">
          Professional profile
        </h2>
        <p>Your licenses, certifications, education and work experience, for reviewers of your certification.</p>
        <Link to={paths.app.professionalProfile} className="btn btn-secondary">
          Edit your professional profile
        </Link>
      </section>
      <div className="profile-more" id={PREFERENCES_ANCHOR}>
        <CommunicationPreferences />
      </div>
      <section className="panel profile-more" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading" className="card-title">
          Your privacy
        </h2>
        <p>
          See what we hold about you and why, choose what you agree to, and ask for a copy of your data or the deletion of
          your account.
        </p>
        <Link to={paths.app.privacy} className="btn btn-secondary">
          Open your privacy center
        </Link>
      </section>
    </div>
  );
};
