import type { Role } from "@ccp/shared";
import { Link, Navigate, Outlet, useLocation } from "react-router";
import { useAuth } from "@/lib/auth";
import { useT } from "@/lib/i18n";
import { hasAnyRole, needsMfaEnrolment } from "@/lib/roles";
import { LoadingState } from "@/components/ui/states";
import { Alert } from "@/components/ui/alert";
import { loginWithNext, paths } from "./paths";

export type MfaRequiredState = { mfaRequired: true };

/**
 * Lets signed-in people with one of `roles` through. Staff without MFA are
 * sent to the security page: the server refuses them everything else.
 */
export const RequireAuth = ({ roles }: { roles?: readonly Role[] }) => {
  const t = useT();
  const { status, viewer } = useAuth();
  const location = useLocation();

  if (status === "loading") return <LoadingState label={t("guards.checking")} />;
  if (!viewer) return <Navigate to={loginWithNext(location.pathname + location.search)} replace />;

  if (needsMfaEnrolment(viewer) && location.pathname !== paths.app.security) {
    const state: MfaRequiredState = { mfaRequired: true };
    return <Navigate to={paths.app.security} replace state={state} />;
  }

  if (roles && !hasAnyRole(viewer.roles, roles)) {
    return (
      <div className="container page-narrow">
        <title>{t("pageTitle", { title: t("guards.notAvailable") })}</title>
        <h1>{t("guards.heading")}</h1>
        <Alert tone="warning">{t("guards.text")}</Alert>
        <p>
          <Link to={paths.app.dashboard}>{t("guards.dashboard")}</Link>
        </p>
      </div>
    );
  }
  return <Outlet />;
};
