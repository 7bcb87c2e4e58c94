import type { MigrationInterface, QueryRunner } from "typeorm";

export class PrivacyExportChunks1795937845743 implements MigrationInterface {
  name = "PrivacyExportChunks1795937845743";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "privacy_export_chunks" ("request_id" uuid NOT NULL, "seq" integer NOT NULL, "data_enc" bytea NOT NULL, CONSTRAINT "PK_e9aa487a460e5b7cc26d00fcdff" PRIMARY KEY ("request_id", "seq"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "privacy_export_chunks"`);
  }
}
