import { Link } from "react-router";
import { paths } from "@/app/paths";
import { LanguageSwitcher } from "@/components/ui/language-switcher";
import { useAuth } from "@/lib/auth";
import { useT } from "@/lib/i18n";

const year = new Date().getFullYear();

export const Footer = () => {
  const t = useT();
  const { viewer } = useAuth();
  return (
    <footer className="site-footer">
      <div className="container footer-inner">
        <p>{t("footer.tagline", { year })}</p>
        <LanguageSwitcher signedIn={viewer !== null} />
        <nav aria-label={t("footer.label")}>
          <ul className="nav-list">
            <li>
              <Link to={paths.privacy}>{t("footer.privacyPolicy")}</Link>
            </li>
            <li>
              <Link to={paths.reportUnderage}>{t("footer.reportUnderage")}</Link>
            </li>
            {viewer && (
              <li>
                <Link to={paths.app.support}>{t("footer.help")}</Link>
              </li>
            )}
            {!viewer && (
              <li>
                <Link to={paths.register}>{t("footer.createAccount")}</Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </footer>
  );
};
