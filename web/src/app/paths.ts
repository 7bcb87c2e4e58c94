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
    security: "/app/security",
  },
  admin: {
    overview: "/admin",
    users: "/admin/users",
  },
} as const;

export const loginWithNext = (next: string): string =>
  `${paths.login}?${new URLSearchParams({ next }).toString()}`;
