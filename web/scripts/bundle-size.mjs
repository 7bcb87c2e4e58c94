// Initial JavaScript of the public pages (what a phone downloads before the landing or verification
// page can run): the entry script of web/dist/index.html and every module it preloads, gzipped.
// `node web/scripts/bundle-size.mjs [--max KB]` prints the figure and fails above --max (CI's ratchet).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "dist");

export function initialBundle() {
  const index = path.join(dist, "index.html");
  if (!existsSync(index)) throw new Error("web/dist is missing: run pnpm build first");
  const html = readFileSync(index, "utf8");
  const files = [...new Set([...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]))];
  const chunks = files.map((f) => ({ file: f, gzipBytes: gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length }));
  return { chunks, gzipBytes: chunks.reduce((n, c) => n + c.gzipBytes, 0) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--max");
  const maxKb = i > 0 ? Number(process.argv[i + 1]) : null;
  const { chunks, gzipBytes } = initialBundle();
  for (const c of chunks) process.stdout.write(`  ${c.file.padEnd(40)} ${(c.gzipBytes / 1024).toFixed(1).padStart(7)} kB\n`);
  const kb = gzipBytes / 1024;
  process.stdout.write(`initial public JS: ${kb.toFixed(1)} kB gzipped${maxKb ? ` (limit ${maxKb} kB)` : ""}\n`);
  if (maxKb && kb > maxKb) {
    process.stderr.write(`The initial JavaScript grew past ${maxKb} kB gzipped. Split the new code into a lazy route or chunk.\n`);
    process.exit(1);
  }
}
