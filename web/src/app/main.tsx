import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import "../styles.css";
import { AnalyticsGate } from "@/lib/analytics/analytics-gate";
import { startI18n } from "@/lib/i18n";
import { detectLanguage } from "@/lib/i18n/language";
import { AppProviders } from "./providers";
import { createRouter } from "./router";

const router = createRouter();

const root = document.getElementById("root");
if (!root) throw new Error("index.html must contain #root");

// English paints at once (its `common` and `public` strings are in the entry) while i18next loads;
// another language waits for i18next and its strings, one chunk requested right after the entry.
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <AppProviders>
        <AnalyticsGate router={router} />
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );

const failed = () => {
  root.textContent = "CareCorePlus could not load. Check your connection and reload the page.";
};

const language = detectLanguage();
if (language === "en") {
  render();
  startI18n().catch(() => undefined); // pages that need more than the bundled English wait for it (useT)
} else {
  startI18n(language).then(render, failed);
}
