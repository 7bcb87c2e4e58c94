const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

/**
 * A baked Open Badges 3.0 SVG: the signed credential travels inside the image
 * (`<openbadges:credential>` in CDATA, per the OB 3.0 baking section), so the file alone verifies.
 */
export function renderBadgeSvg(b: { title: string; number: string; issuerName: string; document: Record<string, unknown> }): string {
  const json = JSON.stringify(b.document).replaceAll("]]>", "]]]]><![CDATA[>");
  const words = b.title.split(" ");
  const lines: string[] = [];
  for (const w of words) {
    const last = lines.at(-1);
    if (last && (last + " " + w).length <= 18) lines[lines.length - 1] = `${last} ${w}`;
    else lines.push(w);
  }
  const titleLines = lines
    .slice(0, 3)
    .map((l, i) => `<text x="150" y="${128 + i * 24}" font-size="20" font-weight="700" text-anchor="middle" fill="#0f5c57">${esc(l)}</text>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" width="300" height="300" viewBox="0 0 300 300" role="img" aria-label="${esc(`${b.title}, ${b.number}`)}">
<openbadges:credential><![CDATA[${json}]]></openbadges:credential>
<circle cx="150" cy="150" r="140" fill="#f4faf9" stroke="#0f5c57" stroke-width="8"/>
<circle cx="150" cy="150" r="124" fill="none" stroke="#0f5c57" stroke-width="1.5"/>
<text x="150" y="82" font-size="14" letter-spacing="2" text-anchor="middle" fill="#1d2b36" font-family="Helvetica, Arial, sans-serif">${esc(b.issuerName.toUpperCase())}</text>
<g font-family="Helvetica, Arial, sans-serif">${titleLines}</g>
<text x="150" y="222" font-size="12" text-anchor="middle" fill="#1d2b36" font-family="Helvetica, Arial, sans-serif">${esc(b.number)}</text>
</svg>
`;
}
