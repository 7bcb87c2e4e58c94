import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app";
import { EXPORT_JSON_SCHEMA, PROCESSING_FACTS } from "./personal-data.registry";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const Q = "{ dataProcessing { location transferSafeguards sale responseDays subProcessors { name purpose data } } }";

describe("where data goes [POL-SHARE-NOSALE][POL-INTL-TRANSFER]", () => {
  it("POL-SHARE-NOSALE, POL-INTL-TRANSFER: anyone can read the location, transfer safeguards, the no-sale statement and the sub-processor register", async () => {
    const r = await app.client().ok<{ dataProcessing: { location: string; transferSafeguards: string[]; sale: string; responseDays: number; subProcessors: { name: string; purpose: string; data: string }[] } }>(Q);
    const d = r.dataProcessing;
    expect(d.location).toBe("United States");
    expect(d.transferSafeguards.length).toBeGreaterThanOrEqual(2);
    expect(d.transferSafeguards.join(" ")).toMatch(/contractual clauses/i);
    expect(d.sale).toMatch(/do not sell/i);
    expect(d.responseDays).toBe(30);
    // Every service personal data is sent to is in the register, with what it gets and why.
    for (const outbound of [/payment processor/i, /e-mail delivery/i, /hosting/i]) expect(d.subProcessors.some((s) => outbound.test(s.name))).toBe(true);
    for (const s of d.subProcessors) {
      expect(s.purpose.length).toBeGreaterThan(5);
      expect(s.data.length).toBeGreaterThan(5);
    }
  });

  it("POL-SHARE-NOSALE, POL-INTL-TRANSFER: the same facts are part of every data export and its published JSON Schema", async () => {
    expect(EXPORT_JSON_SCHEMA.required).toContain("processing");
    const schema = await fetch(`${app.url}/api/privacy/export-schema.json`);
    expect(schema.status).toBe(200);
    expect(((await schema.json()) as { required: string[] }).required).toContain("processing");
    const r = await app.client().ok<{ dataProcessing: Record<string, unknown> }>(Q);
    expect(r.dataProcessing).toMatchObject({ location: PROCESSING_FACTS.location, sale: PROCESSING_FACTS.sale, transferSafeguards: PROCESSING_FACTS.transferSafeguards, subProcessors: PROCESSING_FACTS.subProcessors });
  });

  it("reads the same facts in Spanish for a Spanish reader, every one of them translated", async () => {
    type Facts = { dataProcessing: { location: string; transferSafeguards: string[]; sale: string; subProcessors: { name: string; purpose: string; data: string }[] } };
    const r = await app.client().request<Facts>(Q, undefined, { headers: { "accept-language": "es" } });
    const d = r.data!.dataProcessing;
    expect(d.location).toBe("Estados Unidos");
    expect(d.sale).toBe("No vendemos, alquilamos ni intercambiamos información personal.");
    const english = [PROCESSING_FACTS.location, PROCESSING_FACTS.sale, ...PROCESSING_FACTS.transferSafeguards, ...PROCESSING_FACTS.subProcessors.flatMap((p) => [p.name, p.purpose, p.data])];
    const spanish = [d.location, d.sale, ...d.transferSafeguards, ...d.subProcessors.flatMap((p) => [p.name, p.purpose, p.data])];
    expect(spanish.filter((text) => english.includes(text))).toEqual([]);
  });
});
