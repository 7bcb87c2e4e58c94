import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Trans } from "./trans";

describe("Trans", () => {
  it("puts the numbered elements around their words, wherever the language puts them", () => {
    const html = renderToStaticMarkup(
      <Trans text="Número <0>{{x}}</0> · <1>Ver su estado</1>." components={[<span className="n" />, <a href="/v" />]} />,
    );
    expect(html).toBe('Número <span class="n">{{x}}</span> · <a href="/v">Ver su estado</a>.');
  });

  it("leaves text without tags alone", () => {
    expect(renderToStaticMarkup(<Trans text="Plain text" components={[]} />)).toBe("Plain text");
  });
});
