import type { MigrationInterface, QueryRunner } from "typeorm";

export class ProfilesInvitationsPreferences1795920944523 implements MigrationInterface {
  name = "ProfilesInvitationsPreferences1795920944523";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "organization_invitations" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "email_index" text NOT NULL, "email_enc" text NOT NULL, "role" text NOT NULL, "token_hash" text NOT NULL, "invited_by" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f172f12b8a9ee6584b661f57e24" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_organization_invitations_organization_id" ON "organization_invitations"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_organization_invitations_token_hash" ON "organization_invitations"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "communication_preferences" ("user_id" uuid NOT NULL, "email_notifications" boolean NOT NULL DEFAULT true, "email_announcements" boolean NOT NULL DEFAULT true, "in_app_notifications" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9e12d04a32e9b44172b26baec4c" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE TABLE "professional_profiles" ("user_id" uuid NOT NULL, "data_enc" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ed5f5b62a353f11b36ceb7e2e8e" PRIMARY KEY ("user_id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "professional_profiles"`);
    await queryRunner.query(`DROP TABLE "communication_preferences"`);
    await queryRunner.query(`DROP INDEX "public"."uq_organization_invitations_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organization_invitations_organization_id"`);
    await queryRunner.query(`DROP TABLE "organization_invitations"`);
  }
}
