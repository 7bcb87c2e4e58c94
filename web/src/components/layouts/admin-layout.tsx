import { NavLink, Outlet } from "react-router";
import { Suspense } from "react";
import { paths } from "@/app/paths";
import { useViewer } from "@/lib/auth";
import { LoadingState } from "@/components/ui/states";
import { useT } from "@/lib/i18n";

const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? "side-link active" : "side-link");

export const AdminLayout = () => {
  const viewer = useViewer();
  const t = useT("staff");
  return (
    <div className="container admin-shell">
      <nav aria-label={t("nav.label")} className="admin-nav">
        <p className="admin-nav-title">{t("nav.label")}</p>
        <ul>
          {viewer.roles.includes("ADMIN") && (
            <li>
              <NavLink to={paths.admin.insights} className={navClass}>
                {t("nav.insights")}
              </NavLink>
            </li>
          )}
          <li>
            <NavLink to={paths.admin.overview} end className={navClass}>
              {t("nav.overview")}
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.admin.applications} className={navClass}>
              {t("nav.applications")}
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.admin.support} className={navClass}>
              {t("nav.support")}
            </NavLink>
          </li>
          {viewer.roles.includes("ADMIN") && (
            <>
              <li>
                <NavLink to={paths.admin.catalogue} className={navClass}>
                  {t("nav.catalogue")}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.rubric} className={navClass}>
                  {t("nav.rubric")}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.settings} className={navClass}>
                  {t("nav.settings")}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.credentials} className={navClass}>
                  {t("nav.credentials")}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.integrations} className={navClass}>
                  {t("nav.integrations")}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.payments} className={navClass}>
                  {t("nav.payments")}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.users} className={navClass}>
                  {t("nav.users")}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.privacyRequests} className={navClass}>
                  {t("nav.privacyRequests")}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.policies} className={navClass}>
                  {t("nav.policies")}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.retention} className={navClass}>
                  {t("nav.retention")}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.incidents} className={navClass}>
                  {t("nav.incidents")}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.childReports} className={navClass}>
                  {t("nav.childReports")}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.audit} className={navClass}>
                  {t("nav.audit")}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.analytics} className={navClass}>
                  {t("nav.analytics")}
                </NavLink>
              </li>
            </>
          )}
        </ul>
      </nav>
      <div className="admin-content">
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </div>
    </div>
  );
};
