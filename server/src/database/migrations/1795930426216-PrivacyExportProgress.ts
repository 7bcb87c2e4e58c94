import type { MigrationInterface, QueryRunner } from "typeorm";

export class PrivacyExportProgress1795930426216 implements MigrationInterface {
  name = "PrivacyExportProgress1795930426216";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "privacy_requests" ADD "export_sections_done" integer`);
    await queryRunner.query(`ALTER TABLE "privacy_requests" ADD "export_sections_total" integer`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "privacy_requests" DROP COLUMN "export_sections_total"`);
    await queryRunner.query(`ALTER TABLE "privacy_requests" DROP COLUMN "export_sections_done"`);
  }
}
