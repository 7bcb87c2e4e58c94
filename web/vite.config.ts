import react from "@vitejs/plugin-react";
import { loadEnv } from "vite";
import { defineConfig } from "vitest/config";

export default defineConfig(({ mode }) => {
  // The API runs on :4000 in development (CCP_API_URL overrides it); the SPA
  // proxies to it so the refresh cookie stays same-origin, as in production.
  const api = loadEnv(mode, ".", "CCP_").CCP_API_URL || "http://localhost:4000";
  const proxy = { "/graphql": api, "/healthz": api, "/dev": api, "/api": api, "/credentials": api };
  return {
    plugins: [react()],
    resolve: {
      alias: { "@": decodeURIComponent(new URL("./src", import.meta.url).pathname) },
    },
    server: { port: 5173, proxy },
    preview: { port: 4173, proxy },
    build: { outDir: "dist", sourcemap: true },
    test: { environment: "node", include: ["src/**/*.test.ts", "src/**/*.test.tsx"], setupFiles: ["src/test/i18n-setup.ts"] },
  };
});
