import type { MigrationInterface, QueryRunner } from "typeorm";

export class InsightIndexes1795939180620 implements MigrationInterface {
  name = "InsightIndexes1795939180620";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_application_events_at" ON "application_events"  ("at") `);
    await queryRunner.query(`CREATE INDEX "ix_credentials_status_valid_until" ON "credentials"  ("status", "valid_until") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_credentials_status_valid_until"`);
    await queryRunner.query(`DROP INDEX "public"."ix_application_events_at"`);
  }
}
