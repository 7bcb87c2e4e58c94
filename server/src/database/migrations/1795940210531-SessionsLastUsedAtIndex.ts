import type { MigrationInterface, QueryRunner } from "typeorm";

export class SessionsLastUsedAtIndex1795940210531 implements MigrationInterface {
  name = "SessionsLastUsedAtIndex1795940210531";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_sessions_last_used_at" ON "sessions"  ("last_used_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_sessions_last_used_at"`);
  }
}
