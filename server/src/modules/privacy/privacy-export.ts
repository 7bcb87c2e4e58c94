import type { EntityManager, QueryRunner } from "typeorm";
import { aadFor, type FieldCrypto } from "../../common/crypto/field-crypto";
import { queryRows } from "../../database/query";
import { exportChunkAad, type JsonStreamWriter } from "./export-writer";
import { EXPORT_SECTIONS, type ExportContext, PROCESSING_FACTS } from "./personal-data.registry";
import { PrivacyRequestEntity } from "./privacy-request.entity";

/** Rows fetched per page by the export's cursors. */
export const EXPORT_PAGE_ROWS = 500;
/** Chunks read per query when downloading (8 × 32 kB). */
const DOWNLOAD_CHUNKS_PER_QUERY = 8;

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

/** A stored export's decrypted chunks in order, read a few at a time as the consumer asks for them. */
export async function* readExportChunks(em: EntityManager, crypto: FieldCrypto, id: string, count: number): AsyncGenerator<Buffer> {
  for (let from = 0; from < count; from += DOWNLOAD_CHUNKS_PER_QUERY) {
    const to = Math.min(count, from + DOWNLOAD_CHUNKS_PER_QUERY);
    const rows = await queryRows<{ seq: number; data_enc: Buffer }>(em, "select seq, data_enc from privacy_export_chunks where request_id = $1 and seq >= $2 and seq < $3 order by seq", [id, from, to]);
    // Erased or expired while downloading: stop rather than hand out a truncated document as whole.
    if (rows.length !== to - from) throw new Error(`export ${id}: chunks ${from}–${to - 1} are incomplete`);
    for (const r of rows) yield crypto.decryptBytes(exportChunkAad(id, r.seq), r.data_enc);
  }
}

/** Exports written whole into privacy_requests.export_enc before chunks existed (until they expire). */
export async function* readLegacyExport(em: EntityManager, crypto: FieldCrypto, id: string): AsyncGenerator<Buffer> {
  const r = await em.createQueryBuilder(PrivacyRequestEntity, "r").addSelect("r.exportEnc").where("r.id = :id", { id }).getOne();
  if (!r?.exportEnc) throw new Error(`export ${id} is gone`);
  yield crypto.decryptBytes(aadFor("privacy_requests", "export", id), r.exportEnc);
}
