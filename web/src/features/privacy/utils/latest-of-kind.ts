import type { PolicyKind } from "@ccp/shared";

/** The highest version of one kind of policy (the server should send one per kind). */
export const latestOfKind = <T extends { kind: PolicyKind; version: number }>(
  versions: readonly T[],
  kind: PolicyKind,
): T | undefined =>
  versions.filter((v) => v.kind === kind).reduce<T | undefined>((best, v) => (!best || v.version > best.version ? v : best), undefined);
