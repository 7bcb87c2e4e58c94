import { lazy, Suspense } from "react";
import type { createBrowserRouter } from "react-router";
import { useAuth } from "../auth";

// The analytics client only ever runs for a signed-in person who consented, so visitors of the
// public pages never download it: that keeps the initial public JavaScript within its budget.
const AnalyticsBridge = lazy(() => import("./analytics-bridge").then((m) => ({ default: m.AnalyticsBridge })));

type Router = ReturnType<typeof createBrowserRouter>;

/** Mounts the AnalyticsBridge (and downloads it) once someone is signed in. */
export const AnalyticsGate = ({ router }: { router: Router }) => {
  const { status, viewer } = useAuth();
  if (status !== "authenticated" || viewer === null) return null;
  return (
    <Suspense fallback={null}>
      <AnalyticsBridge router={router} />
    </Suspense>
  );
};
