import { Link, Navigate, useSearchParams } from "react-router";
import { paths } from "@/app/paths";
import { useAuth } from "@/lib/auth";
import { useT } from "@/lib/i18n";
import { Trans } from "@/lib/i18n/trans";
import { pathAfterSignIn } from "@/lib/redirect";
import { LoginForm } from "@/features/auth/components/login-form";

export const LoginPage = () => {
  const t = useT("public");
  const { viewer } = useAuth();
  const [params] = useSearchParams();

  // Signing in re-renders this page with a viewer, which sends the person on.
  if (viewer) return <Navigate to={pathAfterSignIn(viewer, params.get("next"))} replace />;

  return (
    <div className="container page-narrow page-auth">
      <title>{t("common:pageTitle", { title: t("login.title") })}</title>
      <h1>{t("login.heading")}</h1>
      <p className="lead">
        <Trans text={t("login.newHere")} components={[<Link to={paths.register} />]} />
      </p>
      <div className="panel">
        <LoginForm />
      </div>
      <p className="muted">
        <Trans text={t("login.cantSignIn")} components={[<Link to={paths.privacyRequest} />]} />
      </p>
    </div>
  );
};
