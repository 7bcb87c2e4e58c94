import { useViewer } from "@/lib/auth";
import { ProfileForm } from "@/features/profile/components/profile-form";

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
    </div>
  );
};
