import type { MigrationInterface, QueryRunner } from "typeorm";

export class Payments1795920797370 implements MigrationInterface {
  name = "Payments1795920797370";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "payments" ("id" uuid NOT NULL, "application_id" uuid NOT NULL, "payer_user_id" uuid NOT NULL, "amount_cents" integer NOT NULL, "currency" text NOT NULL, "status" text NOT NULL, "method" text NOT NULL, "processor" text, "processor_ref" text, "card_brand" text, "card_last4" text, "billing_address_enc" text NOT NULL, "invoice_number" text NOT NULL, "paid_at" TIMESTAMP WITH TIME ZONE, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_196649f20ae02c5933b0d7c2dad" UNIQUE ("invoice_number"), CONSTRAINT "PK_197ab7af18c93fbb0c9b28b4a59" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_payments_application_id" ON "payments"  ("application_id") `);
    await queryRunner.query(`CREATE INDEX "ix_payments_payer_user_id" ON "payments"  ("payer_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_payments_processor_ref" ON "payments"  ("processor_ref") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_payments_processor_ref"`);
    await queryRunner.query(`DROP INDEX "public"."ix_payments_payer_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_payments_application_id"`);
    await queryRunner.query(`DROP TABLE "payments"`);
  }
}
