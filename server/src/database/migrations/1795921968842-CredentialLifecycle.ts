import type { MigrationInterface, QueryRunner } from "typeorm";

export class CredentialLifecycle1795921968842 implements MigrationInterface {
  name = "CredentialLifecycle1795921968842";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "credential_reminders" ("id" uuid NOT NULL, "credential_id" uuid NOT NULL, "days_before" integer NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "uq_credential_reminders" UNIQUE ("credential_id", "days_before"), CONSTRAINT "PK_ed238bc8b01da0a0e130c80ee70" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "applications" ADD "renews_credential_id" uuid`);
    await queryRunner.query(`ALTER TABLE "credentials" ADD "superseded_by_id" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "credentials" DROP COLUMN "superseded_by_id"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "renews_credential_id"`);
    await queryRunner.query(`DROP TABLE "credential_reminders"`);
  }
}
