import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795919025875 implements MigrationInterface {
  name = "Initial1795919025875";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_type" text NOT NULL, "actor_user_id" uuid, "action" text NOT NULL, "target_type" text, "target_id" text, "request_id" text, "metadata" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_audit_events_at" ON "audit_events"  ("at") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_events_actor_user_id" ON "audit_events"  ("actor_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_events_target" ON "audit_events"  ("target_type", "target_id") `);
    await queryRunner.query(`CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL, "session_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_refresh_tokens_session_id" ON "refresh_tokens"  ("session_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_refresh_tokens_token_hash" ON "refresh_tokens"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL, "email_index" text NOT NULL, "email_enc" text NOT NULL, "email_verified_at" TIMESTAMP WITH TIME ZONE, "password_hash" text NOT NULL, "first_name_enc" text NOT NULL, "last_name_enc" text NOT NULL, "phone_enc" text, "date_of_birth_enc" text NOT NULL, "organization_name_enc" text, "roles" text array NOT NULL DEFAULT '{APPLICANT}', "totp_secret_enc" text, "totp_pending_secret_enc" text, "totp_enabled_at" TIMESTAMP WITH TIME ZONE, "totp_last_step" bigint, "recovery_code_hashes" text array NOT NULL DEFAULT '{}', "disabled_at" TIMESTAMP WITH TIME ZONE, "last_active_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_email_index" ON "users"  ("email_index") `);
    await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "auth_time" TIMESTAMP WITH TIME ZONE NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoke_reason" text, "ip_enc" text, "user_agent_enc" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_sessions_user_id" ON "sessions"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "user_tokens" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "purpose" text NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_63764db9d9aaa4af33e07b2f4bf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_user_tokens_user_id" ON "user_tokens"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_tokens_token_hash" ON "user_tokens"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "mail_outbox" ("id" uuid NOT NULL, "user_id" uuid, "template" text NOT NULL, "category" text NOT NULL, "to_enc" text, "content_enc" text, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_mail_outbox_pending" ON "mail_outbox"  ("sent_at", "next_attempt_at") `);
    await queryRunner.query(`CREATE TABLE "consent_records" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "policy_version_id" uuid, "purpose" text NOT NULL, "action" text NOT NULL, "method" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "ip_enc" text, "user_agent_enc" text, CONSTRAINT "PK_030be152eaa44998166470b2ccc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_consent_records_user_id" ON "consent_records"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "policy_versions" ("id" uuid NOT NULL, "kind" text NOT NULL, "version" integer NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "effective_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "material" boolean NOT NULL DEFAULT false, "published_by" uuid, CONSTRAINT "uq_policy_versions_kind_version" UNIQUE ("kind", "version"), CONSTRAINT "PK_125d2970fc66a316f84af16812e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "rate_limit_counters" ("key" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_ad665f1998311a7bd0e8265365d" PRIMARY KEY ("key"))`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`DROP TABLE "rate_limit_counters"`);
    await queryRunner.query(`DROP TABLE "policy_versions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_consent_records_user_id"`);
    await queryRunner.query(`DROP TABLE "consent_records"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mail_outbox_pending"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
    await queryRunner.query(`DROP INDEX "public"."uq_user_tokens_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_tokens_user_id"`);
    await queryRunner.query(`DROP TABLE "user_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sessions_user_id"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_email_index"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."uq_refresh_tokens_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_refresh_tokens_session_id"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_target"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_actor_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_at"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
