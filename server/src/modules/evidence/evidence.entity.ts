import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * An evidence document of an application, stored encrypted in PostgreSQL (so every API instance
 * sees it). Metadata stays queryable; the file name is encrypted too.
 */
@Entity({ name: "evidence_files" })
export class EvidenceFileEntity {
  @PrimaryColumn("uuid")
  id: string;

  @Index("ix_evidence_files_application_id")
  @Column("uuid")
  applicationId: string;

  @Column("uuid")
  uploadedBy: string;

  @Column("text")
  filenameEnc: string;

  /** Sniffed from the bytes, never taken from the request. */
  @Column("text")
  contentType: string;

  @Column("int")
  sizeBytes: number;

  @Column("text")
  sha256: string;

  @Column("bytea", { select: false })
  dataEnc: Buffer;

  @Column("timestamptz")
  createdAt: Date;
}
