import type { MigrationInterface, QueryRunner } from "typeorm";

export class PolicyNoticeAndConsent1795922539558 implements MigrationInterface {
  name = "PolicyNoticeAndConsent1795922539558";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consent_records" ADD "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consent_records" DROP COLUMN "seq"`);
  }
}
