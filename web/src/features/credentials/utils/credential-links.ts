import { paths } from "@/app/paths";

// Public documents of a credential, served by the API next to the SPA.

/** The printable certificate with its QR code. */
export const certificatePdfUrl = (number: string): string => `/credentials/${encodeURIComponent(number)}.pdf`;

/** The signed Open Badges credential file a verifier can check. */
export const credentialJsonUrl = (number: string): string => `/credentials/${encodeURIComponent(number)}.json`;

/** The full public verification link to share with an employer. */
export const verifyLink = (origin: string, number: string): string => `${origin}${paths.verifyCredential(number)}`;
