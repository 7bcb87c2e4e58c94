import type { MigrationInterface, QueryRunner } from "typeorm";

export class UserLanguage1795947222511 implements MigrationInterface {
  name = "UserLanguage1795947222511";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "language" text NOT NULL DEFAULT 'en'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "language"`);
  }
}
