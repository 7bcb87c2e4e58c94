/**
 * `common`: header, footer, shared states (loaded before the first render).
 * `public`: the pages anyone can open. `applicant`: the signed-in applicant's pages.
 * Staff pages are English-only for now and use no namespace.
 */
export const NAMESPACES = ["common", "public", "applicant"] as const;

export type Namespace = (typeof NAMESPACES)[number];
