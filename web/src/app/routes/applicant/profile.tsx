import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useViewer } from "@/lib/auth";
import { ProfileForm } from "@/features/profile/components/profile-form";
import { CommunicationPreferences } from "@/features/preferences/components/communication-preferences";

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
      <div className="profile-more">
        <CommunicationPreferences />
      </div>
    </div>
  );
};
