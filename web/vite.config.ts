import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// The API runs on :4000 in development; the SPA proxies to it so the refresh
// cookie stays same-origin (SameSite, HttpOnly) exactly as in production.
const api = "http://localhost:4000";

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { "@": decodeURIComponent(new URL("./src", import.meta.url).pathname) },
  },
  server: {
    port: 5173,
    proxy: {
      "/graphql": api,
      "/healthz": api,
      "/dev": api,
    },
  },
  preview: {
    port: 4173,
    proxy: {
      "/graphql": api,
      "/healthz": api,
      "/dev": api,
    },
  },
  build: {
    outDir: "dist",
    sourcemap: true,
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
});
