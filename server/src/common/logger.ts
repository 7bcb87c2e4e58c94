import pino, { type Logger } from "pino";

/**
 * Structured logs. Never log personal data: log ids, codes and counts only. The redact list is a
 * second line of defence for fields that must never reach a log even by mistake.
 */
export function createLogger(level: string, opts: { stderr?: boolean } = {}): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: "carecoreplus-api" },
    redact: {
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        "*.password",
        "*.email",
        "*.token",
        "*.firstName",
        "*.lastName",
        "*.phone",
        "*.dateOfBirth",
        "variables",
      ],
      censor: "[redacted]",
    },
  };
  // The CLI keeps stdout for its answer (e.g. the new user id), so its logs go to stderr.
  return opts.stderr ? pino(options, pino.destination(2)) : pino(options);
}

export type { Logger };
