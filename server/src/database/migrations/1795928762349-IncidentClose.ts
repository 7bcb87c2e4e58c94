import type { MigrationInterface, QueryRunner } from "typeorm";

export class IncidentClose1795928762349 implements MigrationInterface {
  name = "IncidentClose1795928762349";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "incidents" ADD "closed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "incidents" ADD "closed_by" uuid`);
    await queryRunner.query(`ALTER TABLE "incidents" ADD "closing_summary" text`);
    await queryRunner.query(`ALTER TABLE "incidents" ADD "lessons_learned" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "incidents" DROP COLUMN "lessons_learned"`);
    await queryRunner.query(`ALTER TABLE "incidents" DROP COLUMN "closing_summary"`);
    await queryRunner.query(`ALTER TABLE "incidents" DROP COLUMN "closed_by"`);
    await queryRunner.query(`ALTER TABLE "incidents" DROP COLUMN "closed_at"`);
  }
}
