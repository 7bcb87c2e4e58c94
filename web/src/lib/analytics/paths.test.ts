import { describe, expect, it } from "vitest";
import { normalisePath, routePattern } from "./paths";

describe("analytics page names", () => {
  it("POL-COLLECT-USAGE: credential numbers, ids, query strings and fragments never leave the browser", () => {
    expect(normalisePath("/verify/ABC-123")).toBe("/verify/:number");
    expect(normalisePath("https://ccp.example/verify/CCP-2026-0001?utm=x#top")).toBe("/verify/:number");
    expect(normalisePath("/app/applications/5f0c6a2e-4b1d-4c1e-9a53-0f4f6c9d2b11")).toBe("/app/applications/:id");
    expect(normalisePath("/app/applications/5f0c6a2e-4b1d-4c1e-9a53-0f4f6c9d2b11/edit")).toBe("/app/applications/:id/edit");
    expect(normalisePath("/app/applications/new")).toBe("/app/applications/new");
    expect(normalisePath("/app/programs/new")).toBe("/app/programs/new");
    expect(normalisePath("/admin/support/42")).toBe("/admin/support/:id");
    expect(normalisePath("/reset-password?token=abcdef123456")).toBe("/reset-password");
    expect(normalisePath("/some/thing/8f3a9c1d2e")).toBe("/some/thing/:id");
    expect(normalisePath("/app//privacy/")).toBe("/app/privacy");
    expect(normalisePath("/odd/na me<script>")).toBe("/odd/na_me_script_");
  });

  it("POL-COLLECT-USAGE: a page view is named by its route pattern", () => {
    const match = (path?: string) => ({ route: { path } });
    expect(routePattern([match(), match("/")])).toBe("/");
    expect(routePattern([match(), match("/app"), match(), match("applications/:id")])).toBe("/app/applications/:id");
    expect(routePattern([match(), match("/app"), match()])).toBe("/app");
    expect(routePattern([match(), match("/admin"), match(), match(), match("users")])).toBe("/admin/users");
    expect(routePattern([match(), match("/verify/:number")])).toBe("/verify/:number");
    expect(routePattern([match(), match("*")])).toBe("/not-found");
    expect(routePattern([])).toBe("/");
  });
});
