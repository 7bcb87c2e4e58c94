import type { MigrationInterface, QueryRunner } from "typeorm";

export class Evidence1795920590634 implements MigrationInterface {
  name = "Evidence1795920590634";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "evidence_files" ("id" uuid NOT NULL, "application_id" uuid NOT NULL, "uploaded_by" uuid NOT NULL, "filename_enc" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "data_enc" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f8d1a9a8e0430b749e2f4694460" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_evidence_files_application_id" ON "evidence_files"  ("application_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_evidence_files_application_id"`);
    await queryRunner.query(`DROP TABLE "evidence_files"`);
  }
}
