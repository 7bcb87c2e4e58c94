import { afterEach, describe, expect, it, vi } from "vitest";
import { parse } from "graphql";
import { postGraphQL } from "./graphql-fetch";
import { setCurrentLanguage } from "./i18n/language";

afterEach(() => {
  vi.unstubAllGlobals();
  setCurrentLanguage("en");
});

const sentHeaders = async (): Promise<Record<string, string>> => {
  const fetch = vi.fn(async () => new Response(JSON.stringify({ data: { ok: true } }), { headers: { "content-type": "application/json" } }));
  vi.stubGlobal("fetch", fetch);
  await postGraphQL(parse("query Ping { ok }"), undefined, null);
  const init = fetch.mock.calls[0]?.at(1) as RequestInit | undefined;
  return init?.headers as Record<string, string>;
};

describe("postGraphQL", () => {
  it("asks the server for its messages in the language the app is shown in", async () => {
    expect((await sentHeaders())["Accept-Language"]).toBe("en");
    setCurrentLanguage("es");
    expect((await sentHeaders())["Accept-Language"]).toBe("es");
  });
});
