import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * One piece of a data export (ACCESS/EXPORT), in write order. Each chunk is encrypted on its own
 * (AES-256-GCM, AAD `privacy_export_chunks.data.<requestId>:<seq>`), so a chunk moved to another
 * export or another position fails to decrypt. Deleted with the export: on expiry (retention), on
 * erasure and when a retried export job starts again.
 */
@Entity({ name: "privacy_export_chunks" })
export class PrivacyExportChunkEntity {
  @PrimaryColumn("uuid")
  requestId: string;

  /** 0, 1, 2… — the download concatenates chunks in this order. */
  @PrimaryColumn("int")
  seq: number;

  @Column("bytea")
  dataEnc: Buffer;
}
