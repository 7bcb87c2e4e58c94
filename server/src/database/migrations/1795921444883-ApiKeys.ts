import type { MigrationInterface, QueryRunner } from "typeorm";

export class ApiKeys1795921444883 implements MigrationInterface {
  name = "ApiKeys1795921444883";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "api_keys" ("id" uuid NOT NULL, "name" text NOT NULL, "prefix" text NOT NULL, "secret_hash" text NOT NULL, "scopes" text array NOT NULL, "rate_limit_per_minute" integer NOT NULL DEFAULT '600', "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_api_keys_secret_hash" ON "api_keys"  ("secret_hash") `);
    await queryRunner.query(`CREATE TABLE "credential_verifications" ("id" uuid NOT NULL, "credential_id" uuid NOT NULL, "api_key_id" uuid NOT NULL, "verifier_name" text NOT NULL, "result" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b8b6abd05f62b6e5463edc4687c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_credential_verifications_api_key_id" ON "credential_verifications"  ("api_key_id") `);
    await queryRunner.query(`CREATE INDEX "ix_credential_verifications_credential" ON "credential_verifications"  ("credential_id", "at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_credential_verifications_credential"`);
    await queryRunner.query(`DROP INDEX "public"."ix_credential_verifications_api_key_id"`);
    await queryRunner.query(`DROP TABLE "credential_verifications"`);
    await queryRunner.query(`DROP INDEX "public"."uq_api_keys_secret_hash"`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
  }
}
