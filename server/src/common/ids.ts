/** A canonical UUID (8-4-4-4-12 hex). Anything else is treated as "not found", never passed to SQL. */
export const UUID_RE = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID_RE.test(value);
