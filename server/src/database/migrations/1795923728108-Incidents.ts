import type { MigrationInterface, QueryRunner } from "typeorm";

export class Incidents1795923728108 implements MigrationInterface {
  name = "Incidents1795923728108";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "incidents" ("id" uuid NOT NULL, "title" text NOT NULL, "description_enc" text NOT NULL, "aware_at" TIMESTAMP WITH TIME ZONE NOT NULL, "notify_by" TIMESTAMP WITH TIME ZONE NOT NULL, "data_categories" text array NOT NULL DEFAULT '{}', "likely_consequences" text, "measures_taken" text, "status" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "notified_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ccb34c01719889017e2246469f9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "incident_affected_users" ("id" uuid NOT NULL, "incident_id" uuid NOT NULL, "user_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL, "notified_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_incident_affected_users" UNIQUE ("incident_id", "user_id"), CONSTRAINT "PK_cffc6d697c279151788c1cccc4a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_incident_affected_users_incident_id" ON "incident_affected_users"  ("incident_id") `);
    await queryRunner.query(`CREATE TABLE "child_reports" ("id" uuid NOT NULL, "subject_user_id" uuid, "details_enc" text NOT NULL, "reporter_contact_enc" text, "status" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, CONSTRAINT "PK_9884cc39a23c957ca0646a89447" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_child_reports_status" ON "child_reports"  ("status") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_child_reports_status"`);
    await queryRunner.query(`DROP TABLE "child_reports"`);
    await queryRunner.query(`DROP INDEX "public"."ix_incident_affected_users_incident_id"`);
    await queryRunner.query(`DROP TABLE "incident_affected_users"`);
    await queryRunner.query(`DROP TABLE "incidents"`);
  }
}
