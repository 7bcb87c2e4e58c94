import { NavLink, Outlet } from "react-router";
import { Suspense } from "react";
import { paths } from "@/app/paths";
import { useViewer } from "@/lib/auth";
import { LoadingState } from "@/components/ui/states";

const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? "side-link active" : "side-link");

export const AdminLayout = () => {
  const viewer = useViewer();
  return (
    <div className="container admin-shell">
      <nav aria-label="Staff area" className="admin-nav">
        <p className="admin-nav-title">Staff area</p>
        <ul>
          {viewer.roles.includes("ADMIN") && (
            <li>
              <NavLink to={paths.admin.insights} className={navClass}>
                Insights
              </NavLink>
            </li>
          )}
          <li>
            <NavLink to={paths.admin.overview} end className={navClass}>
              Overview
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.admin.applications} className={navClass}>
              Review queue
            </NavLink>
          </li>
          <li>
            <NavLink to={paths.admin.support} className={navClass}>
              Support
            </NavLink>
          </li>
          {viewer.roles.includes("ADMIN") && (
            <>
              <li>
                <NavLink to={paths.admin.catalogue} className={navClass}>
                  Catalogue
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.rubric} className={navClass}>
                  Rubric
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.settings} className={navClass}>
                  Review settings
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.credentials} className={navClass}>
                  Credentials
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.integrations} className={navClass}>
                  Integrations
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.payments} className={navClass}>
                  Payments
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.users} className={navClass}>
                  People
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.privacyRequests} className={navClass}>
                  Privacy requests
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.policies} className={navClass}>
                  Policies
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.retention} className={navClass}>
                  Retention
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.incidents} className={navClass}>
                  Incidents
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.childReports} className={navClass}>
                  Under-18 reports
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.audit} className={navClass}>
                  Audit log
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.admin.analytics} className={navClass}>
                  Usage analytics
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
