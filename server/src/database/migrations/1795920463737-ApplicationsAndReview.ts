import type { MigrationInterface, QueryRunner } from "typeorm";

export class ApplicationsAndReview1795920463737 implements MigrationInterface {
  name = "ApplicationsAndReview1795920463737";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "applications" ("id" uuid NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "applicant_user_id" uuid NOT NULL, "organization_id" uuid, "program_id" uuid, "certification_type_id" uuid NOT NULL, "statement_enc" text, "assignee_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "decision" text, "decision_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_applications_applicant_user_id" ON "applications"  ("applicant_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_applications_organization_id" ON "applications"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_applications_program_id" ON "applications"  ("program_id") `);
    await queryRunner.query(`CREATE INDEX "ix_applications_assignee_id" ON "applications"  ("assignee_id") `);
    await queryRunner.query(`CREATE INDEX "ix_applications_status_submitted" ON "applications"  ("status", "submitted_at") `);
    await queryRunner.query(`CREATE TABLE "application_events" ("id" uuid NOT NULL, "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "application_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "actor_user_id" uuid, "reason" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_fd185969787381d8bf8c529bc00" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_application_events_application_id" ON "application_events"  ("application_id") `);
    await queryRunner.query(`CREATE TABLE "certification_types" ("id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL, "subject" text NOT NULL, "validity_months" integer NOT NULL, "renewal_requirements" text NOT NULL, "fee_cents" integer NOT NULL, "currency" text NOT NULL DEFAULT 'usd', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_70174c24522b16b37d6b4a07236" UNIQUE ("code"), CONSTRAINT "PK_01821f7de39ed6aafbd5524203c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "rubric_criteria" ("id" uuid NOT NULL, "subject" text NOT NULL, "title" text NOT NULL, "guidance" text NOT NULL, "max_score" integer NOT NULL, "position" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_8bdb168f88489aa75202269f994" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "credentials" ("id" uuid NOT NULL, "number" text NOT NULL, "subject" text NOT NULL, "holder_user_id" uuid, "program_id" uuid, "organization_id" uuid, "certification_type_id" uuid NOT NULL, "application_id" uuid NOT NULL, "status" text NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE NOT NULL, "awarded_date" TIMESTAMP WITH TIME ZONE NOT NULL, "predecessor_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1e38bc43be6697cdda548ad27a6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_credentials_number" ON "credentials"  ("number") `);
    await queryRunner.query(`CREATE INDEX "ix_credentials_holder_user_id" ON "credentials"  ("holder_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_credentials_program_id" ON "credentials"  ("program_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_credentials_application_id" ON "credentials"  ("application_id") `);
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_notifications_user_created" ON "notifications"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL, "name" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "organization_members" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "uq_organization_members" UNIQUE ("organization_id", "user_id"), CONSTRAINT "PK_c2b39d5d072886a4d9c8105eb9a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_organization_members_organization_id" ON "organization_members"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_organization_members_user_id" ON "organization_members"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "programs" ("id" uuid NOT NULL, "organization_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "delivery_mode" text NOT NULL, "modules" jsonb NOT NULL DEFAULT '[]', "instructors_enc" text NOT NULL, "status" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d43c664bcaafc0e8a06dfd34e05" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_programs_organization_id" ON "programs"  ("organization_id") `);
    await queryRunner.query(`CREATE TABLE "review_decisions" ("id" uuid NOT NULL, "application_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "decision" text NOT NULL, "reason" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1fb0883c5b1ef83c015f2ab3b24" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_review_decisions_application_id" ON "review_decisions"  ("application_id") `);
    await queryRunner.query(`CREATE TABLE "review_scores" ("id" uuid NOT NULL, "application_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "criterion_id" uuid NOT NULL, "score" integer NOT NULL, "comment" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "uq_review_scores" UNIQUE ("application_id", "reviewer_id", "criterion_id"), CONSTRAINT "PK_1722ebb46aab33e0752f12145c6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_review_scores_application_id" ON "review_scores"  ("application_id") `);
    await queryRunner.query(`CREATE TABLE "review_notes" ("id" uuid NOT NULL, "application_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body_enc" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_04cacdbd635d4bb815c904af257" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_review_notes_application_id" ON "review_notes"  ("application_id") `);
    await queryRunner.query(`CREATE TABLE "platform_settings" ("key" text NOT NULL, "value" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by" uuid, CONSTRAINT "PK_5d9031e30fac3ec3ec8b9602e17" PRIMARY KEY ("key"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "platform_settings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_notes_application_id"`);
    await queryRunner.query(`DROP TABLE "review_notes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_scores_application_id"`);
    await queryRunner.query(`DROP TABLE "review_scores"`);
    await queryRunner.query(`DROP INDEX "public"."ix_review_decisions_application_id"`);
    await queryRunner.query(`DROP TABLE "review_decisions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_programs_organization_id"`);
    await queryRunner.query(`DROP TABLE "programs"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organization_members_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organization_members_organization_id"`);
    await queryRunner.query(`DROP TABLE "organization_members"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_user_created"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."uq_credentials_application_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_credentials_program_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_credentials_holder_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_credentials_number"`);
    await queryRunner.query(`DROP TABLE "credentials"`);
    await queryRunner.query(`DROP TABLE "rubric_criteria"`);
    await queryRunner.query(`DROP TABLE "certification_types"`);
    await queryRunner.query(`DROP INDEX "public"."ix_application_events_application_id"`);
    await queryRunner.query(`DROP TABLE "application_events"`);
    await queryRunner.query(`DROP INDEX "public"."ix_applications_status_submitted"`);
    await queryRunner.query(`DROP INDEX "public"."ix_applications_assignee_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_applications_program_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_applications_organization_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_applications_applicant_user_id"`);
    await queryRunner.query(`DROP TABLE "applications"`);
  }
}
