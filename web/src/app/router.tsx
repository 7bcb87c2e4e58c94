import { lazy } from "react";
import { createBrowserRouter } from "react-router";
import { AdminLayout } from "@/components/layouts/admin-layout";
import { RootLayout } from "@/components/layouts/root-layout";
import { RequireAuth } from "./guards";

// Each page is its own chunk: visitors of the public pages never download the
// applicant or staff code, and applicants never download the staff code.
const LandingPage = lazy(() => import("./routes/public/landing").then((m) => ({ default: m.LandingPage })));
const RegisterPage = lazy(() => import("./routes/public/register").then((m) => ({ default: m.RegisterPage })));
const LoginPage = lazy(() => import("./routes/public/login").then((m) => ({ default: m.LoginPage })));
const VerifyEmailPage = lazy(() =>
  import("./routes/public/verify-email").then((m) => ({ default: m.VerifyEmailPage })),
);
const ForgotPasswordPage = lazy(() =>
  import("./routes/public/forgot-password").then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import("./routes/public/reset-password").then((m) => ({ default: m.ResetPasswordPage })),
);
const PrivacyPage = lazy(() => import("./routes/public/privacy").then((m) => ({ default: m.PrivacyPage })));
const VerifyCredentialPage = lazy(() =>
  import("./routes/public/verify-credential").then((m) => ({ default: m.VerifyCredentialPage })),
);
const NotFoundPage = lazy(() => import("./routes/public/not-found").then((m) => ({ default: m.NotFoundPage })));

const DashboardPage = lazy(() => import("./routes/applicant/dashboard").then((m) => ({ default: m.DashboardPage })));
const ProfilePage = lazy(() => import("./routes/applicant/profile").then((m) => ({ default: m.ProfilePage })));
const SecurityPage = lazy(() => import("./routes/applicant/security").then((m) => ({ default: m.SecurityPage })));

const AdminOverviewPage = lazy(() =>
  import("./routes/admin/overview").then((m) => ({ default: m.AdminOverviewPage })),
);
const AdminUsersPage = lazy(() => import("./routes/admin/users").then((m) => ({ default: m.AdminUsersPage })));

export const createRouter = () =>
  createBrowserRouter([
    {
      element: <RootLayout />,
      children: [
        { path: "/", element: <LandingPage /> },
        { path: "/register", element: <RegisterPage /> },
        { path: "/login", element: <LoginPage /> },
        { path: "/verify-email", element: <VerifyEmailPage /> },
        { path: "/forgot-password", element: <ForgotPasswordPage /> },
        { path: "/reset-password", element: <ResetPasswordPage /> },
        { path: "/privacy", element: <PrivacyPage /> },
        { path: "/verify/:number", element: <VerifyCredentialPage /> },
        {
          path: "/app",
          element: <RequireAuth />,
          children: [
            { index: true, element: <DashboardPage /> },
            { path: "profile", element: <ProfilePage /> },
            { path: "security", element: <SecurityPage /> },
          ],
        },
        {
          path: "/admin",
          element: <RequireAuth roles={["REVIEWER", "ADMIN"]} />,
          children: [
            {
              element: <AdminLayout />,
              children: [
                { index: true, element: <AdminOverviewPage /> },
                {
                  element: <RequireAuth roles={["ADMIN"]} />,
                  children: [{ path: "users", element: <AdminUsersPage /> }],
                },
              ],
            },
          ],
        },
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ]);
