import pino, { type Logger } from "pino";

/**
 * Structured logs. Never log personal data: log ids, codes and counts only. The redact list is a
 * second line of defence for fields that must never reach a log even by mistake.
 */
export function createLogger(level: string, opts: { stderr?: boolean; destination?: pino.DestinationStream } = {}): Logger {
  const options: pino.LoggerOptions = {
    level,
    // Errors keep type, code, message and stack only: driver errors carry connection objects and
    // `detail` strings with row values, which must not reach a log.
    serializers: {
      err: (e: unknown) => {
        if (!(e instanceof Error)) return { message: String(e) };
        return { type: e.name, code: (e as { code?: unknown }).code, message: e.message, stack: e.stack };
      },
    },
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
  if (opts.destination) return pino(options, opts.destination); // tests: capture every line
  return opts.stderr ? pino(options, pino.destination(2)) : pino(options);
}

export type { Logger };
