import type { MigrationInterface, QueryRunner } from "typeorm";

export class PaymentCheckoutUrl1795922780867 implements MigrationInterface {
  name = "PaymentCheckoutUrl1795922780867";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payments" ADD "checkout_url" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payments" DROP COLUMN "checkout_url"`);
  }
}
