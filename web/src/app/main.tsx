import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import "../styles.css";
import { AnalyticsBridge } from "@/lib/analytics/analytics-bridge";
import { AppProviders } from "./providers";
import { createRouter } from "./router";

const router = createRouter();

const root = document.getElementById("root");
if (!root) throw new Error("index.html must contain #root");

createRoot(root).render(
  <StrictMode>
    <AppProviders>
      <AnalyticsBridge router={router} />
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
