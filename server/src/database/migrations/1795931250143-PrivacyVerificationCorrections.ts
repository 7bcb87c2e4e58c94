import type { MigrationInterface, QueryRunner } from "typeorm";

export class PrivacyVerificationCorrections1795931250143 implements MigrationInterface {
  name = "PrivacyVerificationCorrections1795931250143";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "privacy_request_verifications" ADD "corrections_enc" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "privacy_request_verifications" DROP COLUMN "corrections_enc"`);
  }
}
