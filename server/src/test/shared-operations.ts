import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type DefinitionNode, parse, print, visit } from "graphql";
import { REPO_ROOT } from "../app/config";

let definitions: Map<string, DefinitionNode & { name: { value: string } }> | null = null;

/** The SPA's own document for an operation in shared/src/operations, with the fragments it spreads (transitively). */
export function sharedOperation(name: string): string {
  if (!definitions) {
    definitions = new Map();
    const dir = path.join(REPO_ROOT, "shared", "src", "operations");
    for (const entry of readdirSync(dir, { recursive: true })) {
      if (!String(entry).endsWith(".graphql")) continue;
      for (const def of parse(readFileSync(path.join(dir, String(entry)), "utf8")).definitions) {
        if ("name" in def && def.name) definitions.set(def.name.value, def as DefinitionNode & { name: { value: string } });
      }
    }
  }
  const found = new Set<string>();
  const wanted = [name];
  while (wanted.length) {
    const next = wanted.pop()!;
    if (found.has(next)) continue;
    const def = definitions.get(next);
    if (!def) throw new Error(`no operation or fragment named ${next} in shared/src/operations`);
    found.add(next);
    visit(def, { FragmentSpread: (node) => void wanted.push(node.name.value) });
  }
  return [...found].map((n) => print(definitions!.get(n)!)).join("\n\n");
}
