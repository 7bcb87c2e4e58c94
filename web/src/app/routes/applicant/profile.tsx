import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useViewer } from "@/lib/auth";
import { useT } from "@/lib/i18n";
import { LanguageSwitcher } from "@/components/ui/language-switcher";
import { ProfileForm } from "@/features/profile/components/profile-form";
import { CommunicationPreferences } from "@/features/preferences/components/communication-preferences";

/** The privacy center links here: /app/profile#communication-preferences. */
const PREFERENCES_ANCHOR = "communication-preferences";

export const ProfilePage = () => {
  const t = useT("applicant");
  const viewer = useViewer();

  return (
    <div className="container page-narrow">
      <title>{t("common:pageTitle", { title: t("profile.title") })}</title>
      <h1>{t("profile.heading")}</h1>
      <p className="lead">{t("profile.lead")}</p>
      <div className="panel">
        <ProfileForm viewer={viewer} />
      </div>
      <section className="panel profile-more" aria-labelledby="professional-heading">
        <h2 id="professional-heading" className="card-title">
          {t("profile.professional")}
        </h2>
        <p>{t("profile.professionalText")}</p>
        <Link to={paths.app.professionalProfile} className="btn btn-secondary">
          {t("profile.editProfessional")}
        </Link>
      </section>
      <div className="profile-more" id={PREFERENCES_ANCHOR}>
        <CommunicationPreferences />
      </div>
      <section className="panel profile-more" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading" className="card-title">
          {t("profile.privacy")}
        </h2>
        <p>{t("profile.privacyText")}</p>
        <Link to={paths.app.privacy} className="btn btn-secondary">
          {t("profile.openPrivacy")}
        </Link>
      </section>
      <section className="panel profile-more" aria-labelledby="language-heading">
        <h2 id="language-heading" className="card-title">
          {t("profile.language")}
        </h2>
        <p>{t("profile.languageText")}</p>
        <LanguageSwitcher signedIn />
      </section>
    </div>
  );
};
