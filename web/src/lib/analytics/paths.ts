// Page names sent with analytics are route patterns (/app/applications/:id),
// never the address itself: ids, credential numbers, query strings and
// fragments can identify people or their records.

/** The shape every event name must have; the server refuses anything else. */
export const EVENT_NAME = /^[A-Za-z0-9_:./-]{1,120}$/;

type RouteLike = { route: { path?: string } };

/** The pattern of the matched routes: /app + applications/:id → /app/applications/:id; the catch-all is /not-found. */
export const routePattern = (matches: readonly RouteLike[]): string => {
  let pattern = "";
  for (const { route } of matches) {
    const path = route.path;
    if (!path) continue;
    if (path === "*") return "/not-found";
    pattern = path.startsWith("/") ? path : `${pattern.replace(/\/$/, "")}/${path}`;
  }
  return pattern || "/";
};

// Known routes with a parameter, most specific first. Used for addresses that
// did not come through the router (an error's page, a link in a message).
const KNOWN: readonly [RegExp, string][] = [
  [/^\/verify\/[^/]+$/, "/verify/:number"],
  [/^\/app\/(programs|applications)\/(?!new$)[^/]+\/edit$/, "/app/$1/:id/edit"],
  [/^\/app\/(programs|applications|credentials|support)\/(?!new$)[^/]+$/, "/app/$1/:id"],
  [/^\/admin\/(applications|support)\/[^/]+$/, "/admin/$1/:id"],
];

// A segment that looks like an identifier: a UUID, digits, or a long mix of letters and digits.
const ID_SEGMENT = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+|(?=[^/]*\d)[A-Za-z0-9_-]{6,}|[A-Za-z0-9_-]{24,})$/i;

/**
 * An address reduced to a route pattern: no origin, query string or fragment;
 * /verify/CCP-2026-ABC123 → /verify/:number, other id-like segments → :id.
 */
export const normalisePath = (address: string): string => {
  let path: string;
  try {
    path = new URL(address, "http://x.invalid").pathname;
  } catch {
    path = address.split(/[?#]/, 1)[0] ?? "";
  }
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: keep the raw path; unusual characters are replaced below.
  }
  path = `/${path.split("/").filter(Boolean).join("/")}`;
  for (const [pattern, replacement] of KNOWN) {
    if (pattern.test(path)) return path.replace(pattern, replacement);
  }
  const cleaned = path
    .split("/")
    .map((segment) => (ID_SEGMENT.test(segment) ? ":id" : segment.replace(/[^A-Za-z0-9_.-]/g, "_")))
    .join("/");
  return cleaned.slice(0, 80) || "/";
};
