import { Link } from "react-router";
import { paths } from "@/app/paths";
import { useAuth } from "@/lib/auth";

const year = new Date().getFullYear();

export const Footer = () => {
  const { viewer } = useAuth();
  return (
    <footer className="site-footer">
      <div className="container footer-inner">
        <p>© {year} CareCorePlus · Certification for the care industry, built privacy-first.</p>
        <nav aria-label="Footer">
          <ul className="nav-list">
            <li>
              <Link to={paths.privacy}>Privacy policy</Link>
            </li>
            <li>
              <Link to={paths.reportUnderage}>Report an underage account</Link>
            </li>
            {viewer && (
              <li>
                <Link to={paths.app.support}>Help and feedback</Link>
              </li>
            )}
            {!viewer && (
              <li>
                <Link to={paths.register}>Create an account</Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </footer>
  );
};
