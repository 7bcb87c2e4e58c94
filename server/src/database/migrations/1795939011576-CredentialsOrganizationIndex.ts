import type { MigrationInterface, QueryRunner } from "typeorm";

export class CredentialsOrganizationIndex1795939011576 implements MigrationInterface {
  name = "CredentialsOrganizationIndex1795939011576";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_credentials_organization_id" ON "credentials"  ("organization_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_credentials_organization_id"`);
  }
}
