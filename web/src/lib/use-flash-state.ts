import { useEffect, useState } from "react";
import { useLocation, useNavigate } from "react-router";

/**
 * A one-time confirmation passed with `navigate(to, { state })` ("Application submitted"): read once,
 * then cleared from the history entry. The browser keeps `history.state` across a reload, so without
 * this the confirmation came back on every reload of the page, long after it stopped being true
 * (an approved application still said "A reviewer will look at it soon").
 */
export const useFlashState = <T extends object>(): Partial<T> | null => {
  const location = useLocation();
  const navigate = useNavigate();
  const [flash] = useState(() => ({ pathname: location.pathname, state: (location.state ?? null) as Partial<T> | null }));
  const { pathname, search, hash } = location;
  const pending = location.state != null;
  useEffect(() => {
    if (pending) void navigate({ pathname, search, hash }, { replace: true, state: null });
  }, [pending, navigate, pathname, search, hash]);
  // The same page component can be reused for another id: the message belongs to the page it came with.
  return flash.pathname === pathname ? flash.state : null;
};
