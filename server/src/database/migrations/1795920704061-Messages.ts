import type { MigrationInterface, QueryRunner } from "typeorm";

export class Messages1795920704061 implements MigrationInterface {
  name = "Messages1795920704061";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "messages" ("id" uuid NOT NULL, "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "thread_type" text NOT NULL, "thread_id" uuid NOT NULL, "author_id" uuid NOT NULL, "from_staff" boolean NOT NULL, "body_enc" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_18325f38ae6de43878487eff986" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_messages_author_id" ON "messages"  ("author_id") `);
    await queryRunner.query(`CREATE INDEX "ix_messages_thread" ON "messages"  ("thread_type", "thread_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "support_requests" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" text NOT NULL, "subject_enc" text NOT NULL, "status" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_contact_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a9ce3cdbad0970597a07ab5db97" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_support_requests_user_id" ON "support_requests"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_support_requests_status" ON "support_requests"  ("status") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_support_requests_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_support_requests_user_id"`);
    await queryRunner.query(`DROP TABLE "support_requests"`);
    await queryRunner.query(`DROP INDEX "public"."ix_messages_thread"`);
    await queryRunner.query(`DROP INDEX "public"."ix_messages_author_id"`);
    await queryRunner.query(`DROP TABLE "messages"`);
  }
}
