// Every URL the SPA links to, in one typed table. The API contract fixes
// `/`, `/register`, `/login`, `/privacy` and `/verify/<number>`.
export const paths = {
  home: "/",
  register: "/register",
  login: "/login",
  verifyEmail: "/verify-email",
  forgotPassword: "/forgot-password",
  resetPassword: "/reset-password",
  privacy: "/privacy",
  verifyCredential: (number: string) => `/verify/${encodeURIComponent(number)}`,
  app: {
    dashboard: "/app",
    profile: "/app/profile",
    professionalProfile: "/app/profile/professional",
    security: "/app/security",
    programs: "/app/programs",
    programNew: "/app/programs/new",
    program: (id: string) => `/app/programs/${encodeURIComponent(id)}`,
    programEdit: (id: string) => `/app/programs/${encodeURIComponent(id)}/edit`,
    applications: "/app/applications",
    applicationNew: "/app/applications/new",
    application: (id: string) => `/app/applications/${encodeURIComponent(id)}`,
    applicationEdit: (id: string) => `/app/applications/${encodeURIComponent(id)}/edit`,
    credentials: "/app/credentials",
    credential: (id: string) => `/app/credentials/${encodeURIComponent(id)}`,
    support: "/app/support",
    organization: "/app/organization",
    acceptInvitation: "/app/invitations/accept",
    supportRequest: (id: string) => `/app/support/${encodeURIComponent(id)}`,
  },
  admin: {
    overview: "/admin",
    users: "/admin/users",
    applications: "/admin/applications",
    application: (id: string) => `/admin/applications/${encodeURIComponent(id)}`,
    catalogue: "/admin/catalogue",
    rubric: "/admin/rubric",
    settings: "/admin/settings",
    support: "/admin/support",
    payments: "/admin/payments",
    credentials: "/admin/credentials",
    integrations: "/admin/integrations",
    supportRequest: (id: string) => `/admin/support/${encodeURIComponent(id)}`,
  },
} as const;

export const loginWithNext = (next: string): string =>
  `${paths.login}?${new URLSearchParams({ next }).toString()}`;
