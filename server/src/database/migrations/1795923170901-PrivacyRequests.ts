import type { MigrationInterface, QueryRunner } from "typeorm";

export class PrivacyRequests1795923170901 implements MigrationInterface {
  name = "PrivacyRequests1795923170901";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "privacy_requests" ("id" uuid NOT NULL, "user_id" uuid, "kind" text NOT NULL, "status" text NOT NULL, "details_enc" text, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "extension_reason_enc" text, "outcome_enc" text, "completed_at" TIMESTAMP WITH TIME ZONE, "handled_by" uuid, "export_enc" bytea, "export_expires_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_fbdea00fb2fcf274bf0d2ddf2c2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_privacy_requests_user_id" ON "privacy_requests"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_privacy_requests_status_due" ON "privacy_requests"  ("status", "due_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_privacy_requests_status_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_privacy_requests_user_id"`);
    await queryRunner.query(`DROP TABLE "privacy_requests"`);
  }
}
