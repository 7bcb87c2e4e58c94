import { describe, expect, it, vi } from "vitest";
import { graphqlTransport } from "./transport";

const answer = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const events = [{ kind: "PAGE_VIEW" as const, name: "/app", value: null, occurredAt: "2026-11-29T05:00:00.000Z" }];

describe("analytics transport", () => {
  it("POL-COLLECT-USAGE: posts the batch with the bearer token and keepalive, and maps the answer", async () => {
    const fetchImpl = vi.fn(async () => answer({ data: { analyticsEventsRecord: { accepted: 1, consent: true, errors: [] } } }));
    const send = graphqlTransport(fetchImpl, () => "token-1");
    expect(await send(events, { keepalive: true })).toBe("stored");
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/graphql");
    expect(init).toMatchObject({ method: "POST", keepalive: true, headers: { Authorization: "Bearer token-1" } });
    expect(JSON.parse(String(init.body))).toMatchObject({ operationName: "AnalyticsEventsRecord", variables: { events } });

    fetchImpl.mockResolvedValueOnce(answer({ data: { analyticsEventsRecord: { accepted: 0, consent: false, errors: [] } } }));
    expect(await send(events, { keepalive: false })).toBe("no-consent");
    fetchImpl.mockResolvedValueOnce(answer({ data: { analyticsEventsRecord: { accepted: 0, consent: true, errors: [{ code: "INVALID" }] } } }));
    expect(await send(events, { keepalive: false })).toBe("rejected");
    fetchImpl.mockResolvedValueOnce(answer({ errors: [{ extensions: { code: "UNAUTHENTICATED" } }], data: null }));
    expect(await send(events, { keepalive: false })).toBe("failed");
    fetchImpl.mockResolvedValueOnce(answer({}, 503));
    expect(await send(events, { keepalive: false })).toBe("failed");
  });

  it("POL-COLLECT-USAGE: an anonymous visitor (no token) sends nothing", async () => {
    const fetchImpl = vi.fn(async () => answer({}));
    expect(await graphqlTransport(fetchImpl, () => null)(events, { keepalive: false })).toBe("failed");
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});
