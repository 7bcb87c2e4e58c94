import { Link, Navigate, useSearchParams } from "react-router";
import { paths } from "@/app/paths";
import { useAuth } from "@/lib/auth";
import { pathAfterSignIn } from "@/lib/redirect";
import { LoginForm } from "@/features/auth/components/login-form";

export const LoginPage = () => {
  const { viewer } = useAuth();
  const [params] = useSearchParams();

  // Signing in re-renders this page with a viewer, which sends the person on.
  if (viewer) return <Navigate to={pathAfterSignIn(viewer, params.get("next"))} replace />;

  return (
    <div className="container page-narrow page-auth">
      <title>Sign in · CareCorePlus</title>
      <h1>Sign in</h1>
      <p className="lead">
        New to CareCorePlus? <Link to={paths.register}>Create an account</Link>.
      </p>
      <div className="panel">
        <LoginForm />
      </div>
      <p className="muted">
        Can't sign in? <Link to={paths.privacyRequest}>Make a privacy request</Link> to get a copy of your data, correct it or
        delete your account.
      </p>
    </div>
  );
};
