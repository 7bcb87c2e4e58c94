import { renderToString } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { Footer } from "@/components/layouts/footer";
import { AuthProvider } from "@/lib/auth";
import { changeLanguage, currentLocale, startI18n } from "@/lib/i18n";
import { LandingPage } from "./landing";

const renderLanding = () =>
  renderToString(
    <AuthProvider>
      <MemoryRouter>
        <LandingPage />
        <Footer />
      </MemoryRouter>
    </AuthProvider>,
  );

// The page's namespace is loaded up front: renderToString does not wait for Suspense.
const switchTo = async (language: "en" | "es") => {
  const i18n = await startI18n(language);
  await changeLanguage(language);
  await i18n.loadNamespaces(["common", "public"]);
};

describe("the landing page", () => {

  it("renders in Spanish", async () => {
    await switchTo("es");
    const html = renderLanding();
    expect(html).toContain("Un cuidado de confianza empieza con una capacitación de confianza.");
    expect(html).toContain("Número de credencial");
    expect(html).toContain("Política de privacidad");
    expect(html).toContain("© " + new Date().getFullYear() + " CareCorePlus");
    expect(html).not.toContain("Trusted care starts with trusted training.");
    expect(currentLocale()).toBe("es-US");
  });

  it("offers both languages, each named in its own language, with the active one pressed", async () => {
    await switchTo("es");
    const html = renderLanding();
    expect(html).toMatch(/<button[^>]*lang="en"[^>]*aria-pressed="false"[^>]*>English<\/button>/);
    expect(html).toMatch(/<button[^>]*lang="es"[^>]*aria-pressed="true"[^>]*>Español<\/button>/);
  });

  it("keeps the English text word for word", async () => {
    await switchTo("en");
    const html = renderLanding();
    expect(html).toContain("Trusted care starts with trusted training.");
    expect(html).toContain("Checking someone&#x27;s certificate?");
    expect(currentLocale()).toBe("en-US");
  });
});
