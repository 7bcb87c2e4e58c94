import type { MigrationInterface, QueryRunner } from "typeorm";

export class Retention1795923500782 implements MigrationInterface {
  name = "Retention1795923500782";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "legal_holds" ("id" uuid NOT NULL, "scope" text NOT NULL, "subject_id" uuid NOT NULL, "reason" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "released_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bbe3e0c98678909493a90442dfb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_legal_holds_subject_id" ON "legal_holds"  ("subject_id") `);
    await queryRunner.query(`CREATE TABLE "retention_runs" ("id" uuid NOT NULL, "trigger" text NOT NULL, "dry_run" boolean NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "report" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_80f0aec401112f8d4bad156a908" PRIMARY KEY ("id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "retention_runs"`);
    await queryRunner.query(`DROP INDEX "public"."ix_legal_holds_subject_id"`);
    await queryRunner.query(`DROP TABLE "legal_holds"`);
  }
}
