import { Link } from "react-router";
import { paths } from "@/app/paths";
import { PrivacyPolicyView } from "@/features/privacy/components/privacy-policy-view";

export const PrivacyPage = () => (
  <div className="container page-reading">
    <title>Privacy policy · CareCorePlus</title>
    <PrivacyPolicyView />
    <section className="panel privacy-links" aria-labelledby="privacy-help-heading">
      <h2 id="privacy-help-heading" className="card-title">
        Your privacy, in practice
      </h2>
      <ul className="link-list">
        <li>
          <Link to={paths.app.privacy}>Your privacy center</Link>: see what we hold about you, change your choices, and ask
          for a copy of your data or the deletion of your account (you'll be asked to sign in).
        </li>
        <li>
          <Link to={paths.privacyRequest}>Make a privacy request without signing in</Link>: if you can't sign in, we check
          it's you with a code sent to your account's e-mail address.
        </li>
        <li>
          <Link to={paths.reportUnderage}>Report an account that may belong to someone under 18</Link>: you don't need an
          account to tell us.
        </li>
      </ul>
    </section>
  </div>
);
