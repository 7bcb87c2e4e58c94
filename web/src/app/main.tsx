import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import "../styles.css";
import { AnalyticsGate } from "@/lib/analytics/analytics-gate";
import { startI18n } from "@/lib/i18n";
import { AppProviders } from "./providers";
import { createRouter } from "./router";

const router = createRouter();

const root = document.getElementById("root");
if (!root) throw new Error("index.html must contain #root");

// The header and footer need their strings at first paint, so the first render waits for i18next
// and the English `common` and `public` strings, one chunk requested right after the entry.
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <AppProviders>
        <AnalyticsGate router={router} />
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );

void startI18n().then(render, () => {
  root.textContent = "CareCorePlus could not load. Check your connection and reload the page.";
});
