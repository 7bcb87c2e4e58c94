import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ANALYTICS_LIMITS, AnalyticsClient, type AnalyticsEvent, type SendOutcome } from "./analytics-client";

type Call = { events: AnalyticsEvent[]; keepalive: boolean };

const setup = (outcomes: (SendOutcome | Error)[] = []) => {
  const calls: Call[] = [];
  const transport = vi.fn(async (events: AnalyticsEvent[], { keepalive }: { keepalive: boolean }) => {
    calls.push({ events, keepalive });
    const next = outcomes.shift() ?? "stored";
    if (next instanceof Error) throw next;
    return next;
  });
  const client = new AnalyticsClient({ transport, now: () => new Date("2026-11-29T05:00:00Z") });
  return { client, calls, transport };
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("analytics client", () => {
  it("POL-COLLECT-USAGE: without consent (never enabled) nothing is queued or sent", async () => {
    const { client, transport } = setup();
    client.record("PAGE_VIEW", "/app");
    client.record("FEATURE_USE", "application.submitted");
    for (let i = 0; i < 30; i += 1) client.record("CLIENT_ERROR", "TypeError");
    await client.flush();
    await client.flush({ keepalive: true });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(client.pending).toBe(0);
    expect(transport).not.toHaveBeenCalled();
  });

  it("POL-COLLECT-USAGE: sends page views and feature uses every 10 s once enabled", async () => {
    const { client, calls } = setup();
    client.enable();
    client.record("PAGE_VIEW", "/app/applications/:id");
    client.record("FEATURE_USE", "application.submitted");
    await vi.advanceTimersByTimeAsync(ANALYTICS_LIMITS.flushIntervalMs - 1);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual({
      keepalive: false,
      events: [
        { kind: "PAGE_VIEW", name: "/app/applications/:id", value: null, occurredAt: "2026-11-29T05:00:00.000Z" },
        { kind: "FEATURE_USE", name: "application.submitted", value: null, occurredAt: "2026-11-29T05:00:00.000Z" },
      ],
    });
    expect(client.pending).toBe(0);
  });

  it("POL-COLLECT-USAGE: withdrawing consent stops sending at once and drops what was queued", async () => {
    const { client, calls } = setup();
    client.enable();
    client.record("PAGE_VIEW", "/app");
    client.disable();
    client.record("PAGE_VIEW", "/app/privacy");
    await vi.advanceTimersByTimeAsync(60_000);
    await client.flush({ keepalive: true });
    expect(client.pending).toBe(0);
    expect(calls).toHaveLength(0);
  });

  it("POL-COLLECT-USAGE: a server answer of 'no consent' (withdrawn elsewhere) turns the client off and reports it", async () => {
    const { client, calls } = setup(["no-consent"]);
    const lost = vi.fn();
    client.onConsentLost = lost;
    client.enable();
    client.record("PAGE_VIEW", "/app");
    await client.flush();
    expect(lost).toHaveBeenCalledOnce();
    expect(client.isEnabled).toBe(false);
    client.record("PAGE_VIEW", "/app/privacy");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
  });

  it("POL-COLLECT-USAGE: events recorded while a batch is in flight are dropped when consent is withdrawn meanwhile", async () => {
    let release: (outcome: SendOutcome) => void = () => undefined;
    const transport = vi.fn(() => new Promise<SendOutcome>((resolve) => (release = resolve)));
    const client = new AnalyticsClient({ transport });
    client.enable();
    client.record("PAGE_VIEW", "/app");
    const flushing = client.flush();
    client.record("PAGE_VIEW", "/app/credentials");
    client.disable();
    release("failed");
    await flushing;
    expect(client.pending).toBe(0);
    expect(transport).toHaveBeenCalledOnce();
  });

  it("POL-COLLECT-USAGE: a full batch of 20 is sent at once, never more than 20 events per request", async () => {
    const { client, calls } = setup();
    client.enable();
    for (let i = 0; i < 19; i += 1) client.record("FEATURE_USE", "credential.downloaded.pdf");
    await Promise.resolve();
    expect(calls).toHaveLength(0);
    client.record("FEATURE_USE", "credential.downloaded.pdf");
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    expect(calls[0].events).toHaveLength(ANALYTICS_LIMITS.batchSize);
    for (let i = 0; i < 45; i += 1) client.record("PAGE_VIEW", "/app");
    await vi.advanceTimersByTimeAsync(ANALYTICS_LIMITS.flushIntervalMs);
    expect(calls.map((c) => c.events.length)).toEqual([20, 20, 20, 5]);
    expect(Math.max(...calls.map((c) => c.events.length))).toBeLessThanOrEqual(50);
  });

  it("POL-COLLECT-USAGE: on page hide everything goes out with keepalive, in batches of at most 20", async () => {
    const { client, calls } = setup();
    client.enable();
    for (let i = 0; i < 19; i += 1) client.record("PAGE_VIEW", "/app");
    // The transport is called for a full batch as soon as it fills; hide before that.
    await client.flush({ keepalive: true });
    expect(calls).toEqual([{ keepalive: true, events: expect.any(Array) }]);
    expect(calls[0].events).toHaveLength(19);
    expect(client.pending).toBe(0);
  });

  it("POL-COLLECT-PERF: a failed batch is tried once more, then dropped; never retried forever", async () => {
    const { client, calls } = setup([new Error("offline"), "failed", "failed", "failed"]);
    client.enable();
    client.record("WEB_VITAL", "LCP", 1800);
    await vi.advanceTimersByTimeAsync(ANALYTICS_LIMITS.flushIntervalMs);
    expect(client.pending).toBe(1);
    await vi.advanceTimersByTimeAsync(ANALYTICS_LIMITS.flushIntervalMs);
    expect(client.pending).toBe(0);
    await vi.advanceTimersByTimeAsync(10 * ANALYTICS_LIMITS.flushIntervalMs);
    expect(calls).toHaveLength(ANALYTICS_LIMITS.maxAttempts);
    expect(client.isEnabled).toBe(true);
  });

  it("POL-COLLECT-USAGE: while sending fails the queue is capped at 100 events, oldest dropped first", async () => {
    const { client } = setup(Array.from({ length: 100 }, () => "failed" as const));
    client.enable();
    for (let i = 0; i < 250; i += 1) client.record("PAGE_VIEW", `/p${i}`);
    await vi.advanceTimersByTimeAsync(0);
    expect(client.pending).toBeLessThanOrEqual(ANALYTICS_LIMITS.maxQueued);
  });

  it("POL-COLLECT-USAGE: a rejected batch is dropped, and names that are not patterns or identifiers are never queued", async () => {
    const { client, calls } = setup(["rejected"]);
    client.enable();
    client.record("PAGE_VIEW", "/verify/CCP 2026 Ann Smith?x=1");
    client.record("FEATURE_USE", "");
    client.record("WEB_VITAL", "CLS", Number.NaN);
    expect(client.pending).toBe(0);
    client.record("FEATURE_USE", "application.submitted");
    await client.flush();
    expect(calls).toHaveLength(1);
    expect(client.pending).toBe(0);
  });
});
