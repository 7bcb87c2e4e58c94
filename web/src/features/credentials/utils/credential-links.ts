import { paths } from "@/app/paths";

// Public documents of a credential, served by the API next to the SPA.

/** The printable certificate with its QR code. */
export const certificatePdfUrl = (number: string): string => `/credentials/${encodeURIComponent(number)}.pdf`;

/** The signed Open Badges credential file a verifier can check. */
export const credentialJsonUrl = (number: string): string => `/credentials/${encodeURIComponent(number)}.json`;

/** The full public verification link to share with an employer. */
export const verifyLink = (origin: string, number: string): string => `${origin}${paths.verifyCredential(number)}`;

/** The baked Open Badges 3.0 badge (the signed credential inside the SVG). */
export const badgeSvgUrl = (number: string): string => `/credentials/${encodeURIComponent(number)}.svg`;

/** Renewal opens 90 days before expiry, and stays open after it (not once renewed, revoked or suspended). */
export const canRenew = (c: { status: string; validUntil: string; supersededById?: string | null }, now: Date = new Date()): boolean => {
  if (c.supersededById) return false;
  if (c.status === "EXPIRED") return true;
  return c.status === "ACTIVE" && new Date(c.validUntil).getTime() - now.getTime() <= 90 * 86_400_000;
};
