import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { applyAccountLanguage, fromAccountLanguage, switchLanguage, toAccountLanguage } from "./account-language";
import { GraphQLFetchError } from "./graphql-error";
import { changeLanguage, currentLanguage } from "./i18n";
import { setAccessToken } from "./session";

const viewer = { id: "u1", email: "a@example.org", emailVerified: true, firstName: "Ana", lastName: "Ruiz", phone: null, organizationName: null, dateOfBirth: null, roles: ["APPLICANT"], language: "ES", mfaEnabled: false, recoveryCodesRemaining: 0, createdAt: "2026-01-01T00:00:00.000Z", pendingPolicyVersions: [] };

const storage = new Map<string, string>();
let fetchMock: ReturnType<typeof vi.fn>;

const answer = (body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } }));
const sentBodies = () => fetchMock.mock.calls.map(([, init]) => JSON.parse(String((init as RequestInit).body)) as { operationName: string; variables: unknown });

beforeEach(async () => {
  storage.clear();
  vi.stubGlobal("localStorage", { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v), removeItem: (k: string) => void storage.delete(k) });
  fetchMock = vi.fn();
  vi.stubGlobal("fetch", fetchMock);
  setAccessToken("access-token");
  await changeLanguage("en");
  storage.clear();
});

afterEach(async () => {
  setAccessToken(null);
  vi.unstubAllGlobals();
  await changeLanguage("en");
});

describe("the language switcher's save", () => {
  it("switches and saves the language on the account when signed in", async () => {
    fetchMock.mockImplementation(() => answer({ data: { languageUpdate: { errors: [], user: viewer } } }));
    const updated = await switchLanguage("es", true);
    expect(currentLanguage()).toBe("es");
    expect(storage.get("ccp.language")).toBe("es");
    expect(sentBodies()).toEqual([expect.objectContaining({ operationName: "LanguageUpdate", variables: { language: "ES" } })]);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe("/graphql");
    expect((init.headers as Record<string, string>).Authorization).toBe("Bearer access-token");
    expect(updated).toEqual(viewer);
  });

  it("only switches in this browser when nobody is signed in", async () => {
    expect(await switchLanguage("es", false)).toBeNull();
    expect(currentLanguage()).toBe("es");
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("rejects (the switcher shows an error) when the account could not be updated, keeping the switch", async () => {
    fetchMock.mockImplementation(() => answer({ data: { languageUpdate: { errors: [{ code: "NOT_FOUND", field: null, message: "Your account no longer exists." }], user: null } } }));
    const failed = switchLanguage("es", true);
    await expect(failed).rejects.toBeInstanceOf(GraphQLFetchError);
    await expect(failed).rejects.toMatchObject({ codes: ["NOT_FOUND"] });
    expect(currentLanguage()).toBe("es");

    fetchMock.mockImplementation(() => Promise.reject(new TypeError("Failed to fetch")));
    await expect(switchLanguage("en", true)).rejects.toThrow("Failed to fetch");
  });
});

describe("the account's language at sign-in", () => {
  it("is applied when this browser has no saved choice", async () => {
    await applyAccountLanguage({ language: "ES" });
    expect(currentLanguage()).toBe("es");
  });

  it("does not override a choice saved in this browser", async () => {
    storage.set("ccp.language", "en");
    expect(applyAccountLanguage({ language: "ES" })).toBeNull();
    expect(currentLanguage()).toBe("en");
  });

  it("maps the GraphQL enum both ways", () => {
    expect(toAccountLanguage("es")).toBe("ES");
    expect(fromAccountLanguage("EN")).toBe("en");
    expect(fromAccountLanguage("XX")).toBe("en");
  });
});
