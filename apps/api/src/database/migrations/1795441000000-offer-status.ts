import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offers are withdrawn, not deleted (the audit event `offer.withdrawn` names them):
 * `status` and `withdrawn_at`, set together. One standing offer per product and
 * tender, so the unique index leaves withdrawn offers out and the vendor may offer
 * the product again. Every existing offer is a submitted one.
 */
export class OfferStatus1795441000000 implements MigrationInterface {
  name = 'OfferStatus1795441000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."offer_status" AS ENUM('SUBMITTED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer" ADD "status" "public"."offer_status" NOT NULL DEFAULT 'SUBMITTED'`,
    );
    await queryRunner.query(`ALTER TABLE "offer" ADD "withdrawn_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "offer" ADD CONSTRAINT "offer_withdrawn_at_check" CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL))`,
    );
    await queryRunner.query(`DROP INDEX "public"."offer_product_key"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "offer_product_key" ON "offer" ("tender_id", "product_id") WHERE status <> 'WITHDRAWN'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // A product offered again after a withdrawal has two rows: the withdrawn ones go.
    await queryRunner.query(`DELETE FROM "offer" WHERE "status" = 'WITHDRAWN'`);
    await queryRunner.query(`DROP INDEX "public"."offer_product_key"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "offer_product_key" ON "offer" ("tender_id", "product_id") `,
    );
    await queryRunner.query(`ALTER TABLE "offer" DROP CONSTRAINT "offer_withdrawn_at_check"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP COLUMN "withdrawn_at"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP COLUMN "status"`);
    await queryRunner.query(`DROP TYPE "public"."offer_status"`);
  }
}
