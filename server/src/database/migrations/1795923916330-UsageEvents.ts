import type { MigrationInterface, QueryRunner } from "typeorm";

export class UsageEvents1795923916330 implements MigrationInterface {
  name = "UsageEvents1795923916330";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "usage_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "user_id" uuid NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "value" double precision, "browser" text, "os" text, "device_type" text, "ip_enc" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c9f17d50873fab2c46615f542bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_usage_events_user_id" ON "usage_events"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_usage_events_occurred_at" ON "usage_events"  ("occurred_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_usage_events_occurred_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_usage_events_user_id"`);
    await queryRunner.query(`DROP TABLE "usage_events"`);
  }
}
