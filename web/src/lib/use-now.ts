import { useEffect, useState } from "react";

/**
 * The current time in ms, refreshed every `intervalMs`: for countdowns and
 * "overdue" marks that must change while the page stays open.
 */
export const useNow = (intervalMs = 60_000): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
};
