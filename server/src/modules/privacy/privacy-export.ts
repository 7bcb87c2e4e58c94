import type { QueryRunner } from "typeorm";
import type { JsonStreamWriter } from "./export-writer";
import { EXPORT_SECTIONS, type ExportContext, PROCESSING_FACTS } from "./personal-data.registry";

/** Rows fetched per page by the export's cursors. */
export const EXPORT_PAGE_ROWS = 500;

/**
 * The export document (`carecoreplus.personal-data-export.v1`), written section by section into
 * `out`; `onSection(n)` after the n-th section. Same bytes as JSON.stringify(document, null, 2).
 */
export async function writeExportDocument(out: JsonStreamWriter, ctx: ExportContext, generatedAt: Date, onSection: (done: number) => Promise<void>): Promise<void> {
  out.open("object");
  await out.key("format").value("carecoreplus.personal-data-export.v1");
  await out.key("generatedAt").value(generatedAt.toISOString());
  await out.key("subject").value({ userId: ctx.userId });
  await out.key("processing").value(PROCESSING_FACTS);
  out.key("sections").open("object");
  for (const [index, section] of EXPORT_SECTIONS.entries()) {
    out.key(section.name);
    if (section.write) await section.write(ctx, out);
    else await out.value(await section.collect?.(ctx));
    await onSection(index + 1);
  }
  await out.close();
  await out.close();
}

let cursors = 0;

/** Pages of a query through a server-side cursor of the reader's transaction (closed when done or abandoned). */
export async function* cursorPages<T>(reader: QueryRunner, sql: string, params: unknown[], size = EXPORT_PAGE_ROWS): AsyncGenerator<T[]> {
  const name = `privacy_export_${++cursors}`;
  await reader.query(`declare ${name} no scroll cursor for ${sql}`, params);
  try {
    for (;;) {
      const page = (await reader.query(`fetch forward ${Math.floor(size)} from ${name}`)) as T[];
      if (page.length > 0) yield page;
      if (page.length < size) return;
    }
  } finally {
    // After a failed FETCH the transaction is aborted and CLOSE fails too; the first error is the one to report.
    await reader.query(`close ${name}`).catch(() => undefined);
  }
}
