// Policy bodies are plain text: blocks separated by blank lines, bullet lines
// starting with "•", short title-case lines acting as headings. They are
// turned into data and rendered as React elements, never as HTML.

export type PolicyBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; lines: string[] }
  | { kind: "list"; items: string[] };

const BULLET = /^\s*•\s*/;
const ENDS_WITH_PUNCTUATION = /[.,:;!?)"”]$/;

/**
 * A single short line, starting with a capital, without closing punctuation,
 * whose longer words are all capitalised ("Your Rights and Choices").
 */
export const looksLikeHeading = (line: string): boolean => {
  const text = line.trim();
  if (text.length === 0 || text.length > 60) return false;
  if (ENDS_WITH_PUNCTUATION.test(text) || !/^[A-Z]/.test(text)) return false;
  return text
    .split(/\s+/)
    .filter((word) => word.length >= 4)
    .every((word) => /^[A-Z0-9]/.test(word));
};

const splitBlock = (block: string): PolicyBlock[] => {
  const out: PolicyBlock[] = [];
  for (const raw of block.split("\n")) {
    const line = raw.trimEnd();
    if (line.trim() === "") continue;
    const last = out.at(-1);
    if (BULLET.test(line)) {
      const item = line.replace(BULLET, "").trim();
      if (last?.kind === "list") last.items.push(item);
      else out.push({ kind: "list", items: [item] });
    } else if (last?.kind === "paragraph") {
      last.lines.push(line.trim());
    } else {
      out.push({ kind: "paragraph", lines: [line.trim()] });
    }
  }
  return out.map((b) =>
    b.kind === "paragraph" && b.lines.length === 1 && looksLikeHeading(b.lines[0])
      ? { kind: "heading", text: b.lines[0] }
      : b,
  );
};

/**
 * Parses a policy body. The page shows the title and "Last Updated" from the
 * policy version itself, so a leading copy of the title and any
 * "Last Updated:" line in the body are dropped.
 */
export const parsePolicyBody = (body: string, title?: string): PolicyBlock[] => {
  const blocks = body
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .flatMap(splitBlock)
    .filter((b) => !(b.kind !== "list" && /^last updated:/i.test(b.kind === "heading" ? b.text : b.lines.join(" "))));
  const first = blocks[0];
  if (title && first && first.kind !== "list") {
    const text = first.kind === "heading" ? first.text : first.lines.join(" ");
    if (text.trim().toLowerCase() === title.trim().toLowerCase()) blocks.shift();
  }
  return blocks;
};
