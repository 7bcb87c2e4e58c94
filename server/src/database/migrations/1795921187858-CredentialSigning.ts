import type { MigrationInterface, QueryRunner } from "typeorm";

export class CredentialSigning1795921187858 implements MigrationInterface {
  name = "CredentialSigning1795921187858";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "issuer_keys" ("id" uuid NOT NULL, "fragment" text NOT NULL, "public_key_multibase" text NOT NULL, "secret_key_enc" text NOT NULL, "active" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_efed3455e63ba4a3926dd1548e4" UNIQUE ("fragment"), CONSTRAINT "PK_5ef739799f142784510bb3860ce" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "status_lists" ("id" text NOT NULL, "purpose" text NOT NULL, "length" integer NOT NULL, "bits" bytea NOT NULL, "credential" jsonb, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_adc0737adaeb00543ac6839cc2b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "credentials" ADD "document" jsonb`);
    await queryRunner.query(`ALTER TABLE "credentials" ADD "revocation_index" integer NOT NULL`);
    await queryRunner.query(`ALTER TABLE "credentials" ADD "suspension_index" integer NOT NULL`);
    await queryRunner.query(`ALTER TABLE "credentials" ADD "status_reason" text`);
    await queryRunner.query(`ALTER TABLE "credentials" ADD "status_changed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_credentials_revocation_index" ON "credentials"  ("revocation_index") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_credentials_suspension_index" ON "credentials"  ("suspension_index") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_credentials_suspension_index"`);
    await queryRunner.query(`DROP INDEX "public"."uq_credentials_revocation_index"`);
    await queryRunner.query(`ALTER TABLE "credentials" DROP COLUMN "status_changed_at"`);
    await queryRunner.query(`ALTER TABLE "credentials" DROP COLUMN "status_reason"`);
    await queryRunner.query(`ALTER TABLE "credentials" DROP COLUMN "suspension_index"`);
    await queryRunner.query(`ALTER TABLE "credentials" DROP COLUMN "revocation_index"`);
    await queryRunner.query(`ALTER TABLE "credentials" DROP COLUMN "document"`);
    await queryRunner.query(`DROP TABLE "status_lists"`);
    await queryRunner.query(`DROP TABLE "issuer_keys"`);
  }
}
