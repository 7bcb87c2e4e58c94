import type { MigrationInterface, QueryRunner } from "typeorm";

export class PrivacyRequestCorrections1795929702489 implements MigrationInterface {
  name = "PrivacyRequestCorrections1795929702489";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "privacy_requests" ADD "corrections_enc" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "privacy_requests" DROP COLUMN "corrections_enc"`);
  }
}
