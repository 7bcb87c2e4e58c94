import { defineConfig } from "vitest/config";
import base from "./vitest.config.mts";

// The project's own set-up (embedded PostgreSQL in the global setup) and one failing test only.
export default defineConfig({ ...base, test: { ...base.test, include: ["src/test/fixtures/always-fails.fixture.ts"] } });
