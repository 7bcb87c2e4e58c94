import type { MigrationInterface, QueryRunner } from "typeorm";

export class PrivacyVerifications1795925339554 implements MigrationInterface {
  name = "PrivacyVerifications1795925339554";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "privacy_request_verifications" ("id" uuid NOT NULL, "email_index" text NOT NULL, "kind" text NOT NULL, "details_enc" text, "code_hash" text NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b07a525239d3fa079ff3e450d75" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_privacy_request_verifications_email_index" ON "privacy_request_verifications"  ("email_index") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_privacy_request_verifications_email_index"`);
    await queryRunner.query(`DROP TABLE "privacy_request_verifications"`);
  }
}
