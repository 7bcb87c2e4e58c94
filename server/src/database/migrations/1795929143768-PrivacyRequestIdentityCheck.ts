import type { MigrationInterface, QueryRunner } from "typeorm";

export class PrivacyRequestIdentityCheck1795929143768 implements MigrationInterface {
  name = "PrivacyRequestIdentityCheck1795929143768";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "privacy_requests" ADD "identity_check" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "privacy_requests" DROP COLUMN "identity_check"`);
  }
}
