import { createHash } from "node:crypto";

/**
 * Hash-chained audit exports (POL-SEC-AUDIT): every exported event carries the hash of the one
 * before it, so removing, reordering or editing any line breaks the chain from that line on. The
 * last line states the chain head; keep it (e.g. in the incident file or a ticket) to prove later
 * that an export is the one that was taken.
 */
export const CHAIN_FORMAT = "carecoreplus.audit-export.v1";
export const GENESIS = createHash("sha256").update("carecoreplus audit chain genesis").digest("hex");

export interface ExportedEvent {
  id: string;
  at: string;
  actorType: string;
  actorUserId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  requestId: string | null;
  metadata: Record<string, unknown>;
}

/** JSON with object keys sorted at every level: the same event always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function chainHash(prevHash: string, event: ExportedEvent): string {
  return createHash("sha256").update(`${prevHash}\n${canonicalJson(event)}`).digest("hex");
}

/** Verify an export (JSON lines). Returns the first broken line (1-based) or null when intact. */
export function verifyChain(text: string): { ok: true; events: number; head: string } | { ok: false; line: number; reason: string } {
  const lines = text.split("\n").filter((l) => l.trim());
  if (lines.length === 0) return { ok: false, line: 1, reason: "The file is empty." };
  let prev = GENESIS;
  let events = 0;
  for (let i = 0; i < lines.length; i++) {
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(lines[i]) as Record<string, unknown>;
    } catch {
      return { ok: false, line: i + 1, reason: "Not JSON." };
    }
    if (row.format === CHAIN_FORMAT && "chainHead" in row) {
      if (i !== lines.length - 1) return { ok: false, line: i + 1, reason: "The closing line is not the last line." };
      if (row.chainHead !== prev) return { ok: false, line: i + 1, reason: "The stated chain head does not match the events." };
      if (row.events !== events) return { ok: false, line: i + 1, reason: `The closing line counts ${String(row.events)} events; the file has ${events}.` };
      return { ok: true, events, head: prev };
    }
    const { prevHash, hash, ...event } = row as unknown as { prevHash?: unknown; hash?: unknown } & ExportedEvent;
    if (prevHash !== prev) return { ok: false, line: i + 1, reason: "prevHash does not follow the line before (a line was removed, added or reordered)." };
    if (hash !== chainHash(prev, event)) return { ok: false, line: i + 1, reason: "hash does not match the event (the line was changed)." };
    prev = hash;
    events++;
  }
  return { ok: false, line: lines.length, reason: "The closing line with the chain head is missing (the file was cut short)." };
}
