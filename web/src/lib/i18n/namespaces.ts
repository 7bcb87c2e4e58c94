/**
 * `common`: header, footer, shared states (loaded before the first render).
 * `public`: the pages anyone can open. `applicant`: the signed-in applicant's pages.
 * `staff`: reviewers' and administrators' pages.
 */
export const NAMESPACES = ["common", "public", "applicant", "staff"] as const;

export type Namespace = (typeof NAMESPACES)[number];

/**
 * Namespaces written in English only for now: other languages read them in English (i18next's
 * fallback), and the locales test does not ask for a translation.
 */
export const ENGLISH_ONLY: readonly Namespace[] = ["staff"];
