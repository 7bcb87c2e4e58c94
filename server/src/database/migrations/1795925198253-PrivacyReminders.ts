import type { MigrationInterface, QueryRunner } from "typeorm";

export class PrivacyReminders1795925198253 implements MigrationInterface {
  name = "PrivacyReminders1795925198253";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "privacy_requests" ADD "reminded_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "privacy_requests" DROP COLUMN "reminded_at"`);
  }
}
