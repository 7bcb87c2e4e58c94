import { lazy } from "react";
import { createBrowserRouter } from "react-router";
import { RootLayout } from "@/components/layouts/root-layout";
import { PolicyNotices } from "@/features/privacy/components/policy-notices";
import { WithApollo } from "@/lib/with-apollo";
import { RequireAuth } from "./guards";
import { ApolloOutlet } from "./providers";

// Only signed-in people see the bell, and only they download it (and Apollo with it).
// Staff chrome: only reviewers and admins download it.
const AdminLayout = lazy(() => import("@/components/layouts/admin-layout").then((m) => ({ default: m.AdminLayout })));

const NotificationsMenu = lazy(() =>
  import("@/features/notifications/components/notifications-menu").then((m) => ({ default: m.NotificationsMenu })),
);

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
const PrivacyRequestPage = lazy(() =>
  import("./routes/public/privacy-request").then((m) => ({ default: m.PrivacyRequestPage })),
);
const ReportUnderagePage = lazy(() =>
  import("./routes/public/report-underage").then((m) => ({ default: m.ReportUnderagePage })),
);
const VerifyCredentialPage = lazy(() =>
  import("./routes/public/verify-credential").then((m) => ({ default: m.VerifyCredentialPage })),
);
const NotFoundPage = lazy(() => import("./routes/public/not-found").then((m) => ({ default: m.NotFoundPage })));

const DashboardPage = lazy(() => import("./routes/applicant/dashboard").then((m) => ({ default: m.DashboardPage })));
const ProfilePage = lazy(() => import("./routes/applicant/profile").then((m) => ({ default: m.ProfilePage })));
const ProfessionalProfilePage = lazy(() =>
  import("./routes/applicant/professional-profile").then((m) => ({ default: m.ProfessionalProfilePage })),
);
const SecurityPage = lazy(() => import("./routes/applicant/security").then((m) => ({ default: m.SecurityPage })));

const ProgramsPage = lazy(() => import("./routes/applicant/programs").then((m) => ({ default: m.ProgramsPage })));
const ProgramNewPage = lazy(() => import("./routes/applicant/program-new").then((m) => ({ default: m.ProgramNewPage })));
const ProgramEditPage = lazy(() =>
  import("./routes/applicant/program-edit").then((m) => ({ default: m.ProgramEditPage })),
);
const ProgramPage = lazy(() => import("./routes/applicant/program").then((m) => ({ default: m.ProgramPage })));
const ApplicationsPage = lazy(() =>
  import("./routes/applicant/applications").then((m) => ({ default: m.ApplicationsPage })),
);
const ApplicationNewPage = lazy(() =>
  import("./routes/applicant/application-new").then((m) => ({ default: m.ApplicationNewPage })),
);
const ApplicationEditPage = lazy(() =>
  import("./routes/applicant/application-edit").then((m) => ({ default: m.ApplicationEditPage })),
);
const ApplicationPage = lazy(() =>
  import("./routes/applicant/application").then((m) => ({ default: m.ApplicationPage })),
);
const CredentialsPage = lazy(() =>
  import("./routes/applicant/credentials").then((m) => ({ default: m.CredentialsPage })),
);
const CredentialPage = lazy(() => import("./routes/applicant/credential").then((m) => ({ default: m.CredentialPage })));
const OrganizationPage = lazy(() =>
  import("./routes/applicant/organization").then((m) => ({ default: m.OrganizationPage })),
);
const AcceptInvitationPage = lazy(() =>
  import("./routes/applicant/accept-invitation").then((m) => ({ default: m.AcceptInvitationPage })),
);
const PrivacyCenterPage = lazy(() =>
  import("./routes/applicant/privacy-center").then((m) => ({ default: m.PrivacyCenterPage })),
);
const SupportPage = lazy(() => import("./routes/applicant/support").then((m) => ({ default: m.SupportPage })));
const SupportRequestPage = lazy(() =>
  import("./routes/applicant/support-request").then((m) => ({ default: m.SupportRequestPage })),
);

const AdminOverviewPage = lazy(() =>
  import("./routes/admin/overview").then((m) => ({ default: m.AdminOverviewPage })),
);
const AdminUsersPage = lazy(() => import("./routes/admin/users").then((m) => ({ default: m.AdminUsersPage })));
const ReviewQueuePage = lazy(() =>
  import("./routes/admin/review-queue").then((m) => ({ default: m.ReviewQueuePage })),
);
const ReviewPage = lazy(() => import("./routes/admin/review").then((m) => ({ default: m.ReviewPage })));
const CataloguePage = lazy(() => import("./routes/admin/catalogue").then((m) => ({ default: m.CataloguePage })));
const RubricPage = lazy(() => import("./routes/admin/rubric").then((m) => ({ default: m.RubricPage })));
const AdminSupportPage = lazy(() => import("./routes/admin/support").then((m) => ({ default: m.AdminSupportPage })));
const AdminSupportRequestPage = lazy(() =>
  import("./routes/admin/support-request").then((m) => ({ default: m.AdminSupportRequestPage })),
);
const AdminPaymentsPage = lazy(() => import("./routes/admin/payments").then((m) => ({ default: m.AdminPaymentsPage })));
const AdminCredentialsPage = lazy(() =>
  import("./routes/admin/credentials").then((m) => ({ default: m.AdminCredentialsPage })),
);
const AdminIntegrationsPage = lazy(() =>
  import("./routes/admin/integrations").then((m) => ({ default: m.AdminIntegrationsPage })),
);
const AdminPrivacyRequestsPage = lazy(() =>
  import("./routes/admin/privacy-requests").then((m) => ({ default: m.AdminPrivacyRequestsPage })),
);
const AdminPoliciesPage = lazy(() => import("./routes/admin/policies").then((m) => ({ default: m.AdminPoliciesPage })));
const AdminRetentionPage = lazy(() => import("./routes/admin/retention").then((m) => ({ default: m.AdminRetentionPage })));
const AdminAuditPage = lazy(() => import("./routes/admin/audit").then((m) => ({ default: m.AdminAuditPage })));
const AdminIncidentsPage = lazy(() => import("./routes/admin/incidents").then((m) => ({ default: m.AdminIncidentsPage })));
const AdminChildReportsPage = lazy(() =>
  import("./routes/admin/child-reports").then((m) => ({ default: m.AdminChildReportsPage })),
);
const AdminAnalyticsPage = lazy(() => import("./routes/admin/analytics").then((m) => ({ default: m.AdminAnalyticsPage })));
const AdminInsightsPage = lazy(() => import("./routes/admin/insights").then((m) => ({ default: m.AdminInsightsPage })));
const ReviewSettingsPage = lazy(() =>
  import("./routes/admin/review-settings").then((m) => ({ default: m.ReviewSettingsPage })),
);

export const createRouter = () =>
  createBrowserRouter([
    {
      element: (
        <RootLayout
          signedInExtras={
            <WithApollo fallback={null}>
              <NotificationsMenu />
            </WithApollo>
          }
          notices={<PolicyNotices />}
        />
      ),
      children: [
        // The landing page and "not found" need no GraphQL, and the verification page (what a
        // certificate's QR code opens) uses plain fetch; every other page loads Apollo lazily.
        { path: "/", element: <LandingPage /> },
        { path: "/verify/:number", element: <VerifyCredentialPage /> },
        { path: "*", element: <NotFoundPage /> },
        {
          element: <ApolloOutlet />,
          children: [
            { path: "/register", element: <RegisterPage /> },
            { path: "/login", element: <LoginPage /> },
            { path: "/verify-email", element: <VerifyEmailPage /> },
            { path: "/forgot-password", element: <ForgotPasswordPage /> },
            { path: "/reset-password", element: <ResetPasswordPage /> },
            { path: "/privacy", element: <PrivacyPage /> },
            { path: "/privacy/request", element: <PrivacyRequestPage /> },
            { path: "/report-underage", element: <ReportUnderagePage /> },
            {
              path: "/app",
              element: <RequireAuth />,
              children: [
                { index: true, element: <DashboardPage /> },
                { path: "profile", element: <ProfilePage /> },
                { path: "profile/professional", element: <ProfessionalProfilePage /> },
                { path: "security", element: <SecurityPage /> },
                { path: "programs", element: <ProgramsPage /> },
                { path: "programs/new", element: <ProgramNewPage /> },
                { path: "programs/:id", element: <ProgramPage /> },
                { path: "programs/:id/edit", element: <ProgramEditPage /> },
                { path: "applications", element: <ApplicationsPage /> },
                { path: "applications/new", element: <ApplicationNewPage /> },
                { path: "applications/:id", element: <ApplicationPage /> },
                { path: "applications/:id/edit", element: <ApplicationEditPage /> },
                { path: "credentials", element: <CredentialsPage /> },
                { path: "credentials/:id", element: <CredentialPage /> },
                { path: "support", element: <SupportPage /> },
                { path: "organization", element: <OrganizationPage /> },
                { path: "invitations/accept", element: <AcceptInvitationPage /> },
                { path: "support/:id", element: <SupportRequestPage /> },
                { path: "privacy", element: <PrivacyCenterPage /> },
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
                    { path: "applications", element: <ReviewQueuePage /> },
                    { path: "applications/:id", element: <ReviewPage /> },
                    { path: "support", element: <AdminSupportPage /> },
                    { path: "support/:id", element: <AdminSupportRequestPage /> },
                    {
                      element: <RequireAuth roles={["ADMIN"]} />,
                      children: [
                        { path: "users", element: <AdminUsersPage /> },
                        { path: "catalogue", element: <CataloguePage /> },
                        { path: "rubric", element: <RubricPage /> },
                        { path: "settings", element: <ReviewSettingsPage /> },
                        { path: "payments", element: <AdminPaymentsPage /> },
                        { path: "credentials", element: <AdminCredentialsPage /> },
                        { path: "integrations", element: <AdminIntegrationsPage /> },
                        { path: "privacy-requests", element: <AdminPrivacyRequestsPage /> },
                        { path: "policies", element: <AdminPoliciesPage /> },
                        { path: "retention", element: <AdminRetentionPage /> },
                        { path: "incidents", element: <AdminIncidentsPage /> },
                        { path: "child-reports", element: <AdminChildReportsPage /> },
                        { path: "audit", element: <AdminAuditPage /> },
                        { path: "analytics", element: <AdminAnalyticsPage /> },
                        { path: "insights", element: <AdminInsightsPage /> },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ]);
