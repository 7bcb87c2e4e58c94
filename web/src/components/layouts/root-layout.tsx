import { Suspense, useEffect, useEffectEvent, useRef, type ReactNode } from "react";
import { Outlet, useLocation } from "react-router";
import { LoadingState } from "@/components/ui/states";
import { useT } from "@/lib/i18n";
import { Footer } from "./footer";
import { Header } from "./header";

type RootLayoutProps = {
  /** The notifications bell, composed in by the app layer. */
  signedInExtras?: ReactNode;
  /** Site-wide notices under the header (e.g. an announced policy change), composed in by the app layer. */
  notices?: ReactNode;
};

export const RootLayout = ({ signedInExtras, notices }: RootLayoutProps) => {
  const t = useT();
  const { pathname, hash } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // A link to a part of another page (/app/profile#communication-preferences)
  // scrolls to that part; any other page starts at the top.
  const scrollToStart = useEffectEvent(() => {
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
  });

  // After client-side navigation, move focus to the new page so keyboard and
  // screen-reader users start reading it from the top, as on a full load.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    scrollToStart();
  }, [pathname]);

  return (
    <div className="site">
      <a href="#main-content" className="skip-link">
        {t("skipToContent")}
      </a>
      <Header signedInExtras={signedInExtras} />
      {notices}
      <main id="main-content" ref={mainRef} tabIndex={-1} className="site-main">
        <Suspense
          fallback={
            <div className="page-loading">
              <LoadingState />
            </div>
          }
        >
          <Outlet />
        </Suspense>
      </main>
      <Footer />
    </div>
  );
};
