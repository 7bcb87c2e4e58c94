import { NavLink, Link, useNavigate } from "react-router";
import { useState, type ReactNode } from "react";
import { paths } from "@/app/paths";
import { useAuth } from "@/lib/auth";
import { isStaff } from "@/lib/roles";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n";

const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? "nav-link active" : "nav-link");

/** `signedInExtras` (the notifications bell) is composed in by the app layer. */
export const Header = ({ signedInExtras }: { signedInExtras?: ReactNode }) => {
  const t = useT();
  const { status, viewer, signOut } = useAuth();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);

  const handleSignOut = async () => {
    setSigningOut(true);
    await signOut();
    setSigningOut(false);
    void navigate(paths.home);
  };

  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link to={paths.home} className="brand" aria-label={t("brand.home")}>
          <span className="brand-mark" aria-hidden="true">
            <svg viewBox="0 0 24 24" focusable="false">
              <path d="M12 21s-8-4.7-8-11a4.6 4.6 0 0 1 8-3.1A4.6 4.6 0 0 1 20 10c0 6.3-8 11-8 11z" />
            </svg>
          </span>
          <span className="brand-name">
            CareCore<span className="brand-plus">Plus</span>
          </span>
        </Link>
        <nav aria-label={t("nav.main")} className="main-nav">
          {viewer ? (
            <ul className="nav-list">
              <li>
                <NavLink to={paths.app.dashboard} end className={navClass}>
                  {t("nav.dashboard")}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.app.programs} className={navClass}>
                  {t("nav.programs")}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.app.applications} className={navClass}>
                  {t("nav.applications")}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.app.credentials} className={navClass}>
                  {t("nav.credentials")}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.app.profile} className={navClass}>
                  {t("nav.profile")}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.app.security} className={navClass}>
                  {t("nav.security")}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.app.privacy} className={navClass}>
                  {t("nav.privacy")}
                </NavLink>
              </li>
              {isStaff(viewer.roles) && (
                <li>
                  <NavLink to={paths.admin.overview} className={navClass}>
                    {t("nav.staffArea")}
                  </NavLink>
                </li>
              )}
              {signedInExtras && <li>{signedInExtras}</li>}
              <li>
                <Button
                  variant="secondary"
                  className="btn-small"
                  onClick={() => void handleSignOut()}
                  pending={signingOut}
                  pendingLabel={t("nav.signingOut")}
                >
                  {t("nav.signOut")}
                </Button>
              </li>
            </ul>
          ) : (
            <ul className="nav-list">
              <li>
                <NavLink to={paths.privacy} className={navClass}>
                  {t("nav.privacy")}
                </NavLink>
              </li>
              {status !== "loading" && (
                <>
                  <li>
                    <NavLink to={paths.login} className={navClass}>
                      {t("nav.signIn")}
                    </NavLink>
                  </li>
                  <li>
                    <Link to={paths.register} className="btn btn-primary btn-small">
                      {t("nav.createAccount")}
                    </Link>
                  </li>
                </>
              )}
            </ul>
          )}
        </nav>
      </div>
    </header>
  );
};
