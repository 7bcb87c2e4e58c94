import type { Page } from "playwright-core";
import { expect } from "vitest";

type Focused = { tag: string; name: string };

/** The focused element and a rough accessible name (aria-label, its labels, or its text). */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: "body", name: "" };
    const labels = "labels" in el ? Array.from((el as HTMLInputElement).labels ?? []) : [];
    const name = el.getAttribute("aria-label") ?? (labels.length ? labels.map((l) => l.innerText).join(" ") : el.innerText);
    return { tag: el.tagName.toLowerCase(), name: name.replace(/\s+/g, " ").trim() };
  });

/** Presses Tab (or Shift+Tab) until the focused element's name matches; fails with the stops it passed. */
export async function tabTo(page: Page, name: string | RegExp, { back = false, max = 60 } = {}): Promise<void> {
  const matches = (n: string) => (typeof name === "string" ? n === name : name.test(n));
  const trail: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const f = await focused(page);
    if (matches(f.name)) return;
    trail.push(`${f.tag}:${f.name.slice(0, 40)}`);
  }
  throw new Error(`Tab never reached ${String(name)}; stops: ${trail.join(" | ")}`);
}

/** Outline and shadow of the element and its two nearest ancestors (a card may show focus-within). */
const ringOf = (page: Page): Promise<{ indicator: boolean; styles: string }> =>
  page.evaluate(() => {
    const el = (window as unknown as { __focusProbe: HTMLElement }).__focusProbe;
    const chain = [el, el.parentElement, el.parentElement?.parentElement].filter((e): e is HTMLElement => Boolean(e));
    const styles = chain.map((e) => {
      const s = getComputedStyle(e);
      return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow, width: parseFloat(s.outlineWidth), style: s.outlineStyle };
    });
    const indicator = styles.some((s) => (s.style !== "none" && s.width >= 2) || s.shadow !== "none");
    return { indicator, styles: JSON.stringify(styles.map(({ outline, shadow }) => ({ outline, shadow }))) };
  });

/**
 * The focused element shows a focus indicator (an outline of 2 px or more, or a box shadow, on it or
 * the card around it) that it does not show when focus is elsewhere. The unfocused look is taken by
 * stepping away with Shift+Tab and back with Tab, so the check itself uses the keyboard only.
 * `roundTrip: false` for an element focus was moved to by script (a heading with tabindex=-1).
 */
export async function expectVisibleFocus(page: Page, { roundTrip = true } = {}): Promise<void> {
  const what = await focused(page);
  expect(what.tag, "something is focused").not.toBe("body");
  await page.evaluate(() => {
    (window as unknown as { __focusProbe: Element | null }).__focusProbe = document.activeElement;
  });
  const on = await ringOf(page);
  expect(on.indicator, `no focus indicator on ${what.tag} "${what.name}": ${on.styles}`).toBe(true);
  if (!roundTrip) return;
  await page.keyboard.press("Shift+Tab");
  const off = await ringOf(page);
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement === (window as unknown as { __focusProbe: Element }).__focusProbe), `Tab returns to ${what.name}`).toBe(true);
  expect(off.styles, `${what.tag} "${what.name}" looks the same focused and unfocused`).not.toBe(on.styles);
}

/**
 * A validation message is announced (it is in a role="alert" or aria-live region) and the focused
 * field is marked invalid and described by an element holding the same message.
 */
export async function expectAnnouncedError(page: Page, message: string): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        (text) => Array.from(document.querySelectorAll("[role=alert], [aria-live]")).some((r) => (r as HTMLElement).innerText.includes(text)),
        message,
      ),
    )
    .toBe(true);
  const field = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const described = (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.innerText ?? "")
      .join(" ");
    return { tag: el.tagName.toLowerCase(), invalid: el.getAttribute("aria-invalid"), described };
  });
  expect(field.invalid, `focused ${field.tag} has aria-invalid`).toBe("true");
  expect(field.described).toContain(message);
}
