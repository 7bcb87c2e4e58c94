import { lazy, useEffect, useEffectEvent, useState } from "react";
import type { createBrowserRouter } from "react-router";
import { useAuth } from "../auth";
import { WithApollo } from "../with-apollo";
import type { ConsentWatch } from "./consent-watcher";
import { clientErrorName, errorEventMessage, errorType } from "./client-errors";
import { analytics } from "./index";
import { normalisePath, routePattern } from "./paths";

const ConsentWatcher = lazy(() => import("./consent-watcher").then((m) => ({ default: m.ConsentWatcher })));

type Router = ReturnType<typeof createBrowserRouter>;

// At most this many error events per page load, and each distinct one at most
// three times: a render loop must not flood the person's connection.
const MAX_ERRORS = 20;
const MAX_SAME_ERROR = 3;

type RouterState = Router["state"];

// The matched route's pattern; an address the router did not match is reduced by normalisePath.
const pagePattern = ({ matches, location }: RouterState): string =>
  matches.length > 0 ? routePattern(matches) : normalisePath(location.pathname);
const currentPattern = (router: Router): string => pagePattern(router.state);

/**
 * Turns the analytics client on only for a signed-in person whose consent
 * state says yes, and off again the moment it says no (the privacy center
 * writes the new state to the Apollo cache) or the person signs out. While on:
 * page views on route change, web vitals, uncaught errors; flushes when the
 * page is hidden.
 */
export const AnalyticsBridge = ({ router }: { router: Router }) => {
  const { status, viewer } = useAuth();
  const signedIn = status === "authenticated" && viewer !== null;
  // The consent state comes from the Apollo cache, loaded only for signed-in people.
  const [consent, setConsent] = useState<ConsentWatch | null>(null);
  const consented = signedIn && consent?.analytics === true;
  const viewerId = viewer?.id ?? null;

  const onConsentLost = useEffectEvent(() => consent?.refetch());

  useEffect(() => {
    if (!consented) {
      analytics.disable();
      return;
    }
    analytics.enable();
    analytics.onConsentLost = onConsentLost;
    analytics.record("PAGE_VIEW", currentPattern(router));
    startWebVitals();
    let last = router.state.location.pathname;
    const unsubscribe = router.subscribe((state) => {
      if (state.navigation.state !== "idle" || state.location.pathname === last) return;
      last = state.location.pathname;
      analytics.record("PAGE_VIEW", pagePattern(state));
    });
    return () => {
      unsubscribe();
      analytics.onConsentLost = null;
      // Another person may sign in next in this tab: nothing carries over.
      analytics.disable();
    };
  }, [consented, viewerId, router]);

  useEffect(() => {
    const seen = new Map<string, number>();
    let total = 0;
    const report = (type: string, message: string) => {
      if (!analytics.isEnabled || total >= MAX_ERRORS) return;
      const name = clientErrorName(type, message, currentPattern(router));
      const count = seen.get(name) ?? 0;
      if (count >= MAX_SAME_ERROR) return;
      seen.set(name, count + 1);
      total += 1;
      analytics.record("CLIENT_ERROR", name);
    };
    const onError = (event: ErrorEvent) => report(errorType(event.error), errorEventMessage(event.error, event.message));
    const onRejection = (event: PromiseRejectionEvent) => {
      const reason: unknown = event.reason;
      report(reason instanceof Error ? errorType(reason) : "UnhandledRejection", reason instanceof Error ? reason.message : "");
    };
    // On window, the bubbling visibilitychange arrives after web-vitals' own
    // listeners on document have reported the final LCP, CLS and INP.
    const onVisibility = () => {
      if (document.visibilityState === "hidden") void analytics.flush({ keepalive: true });
    };
    const onPageHide = () => void analytics.flush({ keepalive: true });
    window.addEventListener("error", onError);
    window.addEventListener("unhandledrejection", onRejection);
    window.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      window.removeEventListener("error", onError);
      window.removeEventListener("unhandledrejection", onRejection);
      window.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", onPageHide);
    };
  }, [router]);

  return signedIn ? (
    <WithApollo fallback={null}>
      <ConsentWatcher onChange={setConsent} />
    </WithApollo>
  ) : null;
};

// web-vitals is loaded only once someone has consented, so nobody else
// downloads it; its observers read buffered entries, so LCP, FCP and TTFB of
// the first page are still reported. Registered once per page load.
let vitalsStarted = false;
const startWebVitals = () => {
  if (vitalsStarted) return;
  vitalsStarted = true;
  void import("web-vitals")
    .then(({ onCLS, onFCP, onINP, onLCP, onTTFB }) => {
      const report = ({ name, value }: { name: string; value: number }) => analytics.record("WEB_VITAL", name, value);
      onLCP(report);
      onINP(report);
      onCLS(report);
      onFCP(report);
      onTTFB(report);
    })
    .catch(() => {
      vitalsStarted = false;
    });
};
