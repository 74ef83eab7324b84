import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Product.sectorSignals (issue 16) counts, per product, the boards with an agreement in force
 * and their deviations by topic. From a product's agreement_product rows, each agreement is
 * checked for being in force: with the ACTIVE agreements' board and dates in an index of their
 * own, that check reads no table row, and the planner walks the product's agreements instead of
 * scanning every agreement (a popular product, 20,000 agreements of 1,000,000: a seq scan of
 * all of them without it). Their deviations that count (not withdrawn) are read by topic from
 * the index alone. TypeORM cannot declare INCLUDE columns: the entities name both indexes
 * with `synchronize: false`.
 */
export class SectorSignalsIndexes1795660000000 implements MigrationInterface {
  name = 'SectorSignalsIndexes1795660000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "agreement_active_in_force_idx" ON "agreement" ("id") INCLUDE ("board_id", "valid_from", "activated_on", "valid_until", "termination_date", "superseded_on") WHERE status = 'ACTIVE'`,
    );
    await queryRunner.query(
      `CREATE INDEX "agreement_deviation_topic_idx" ON "agreement_deviation" ("agreement_id", "topic") WHERE withdrawn_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."agreement_deviation_topic_idx"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_active_in_force_idx"`);
  }
}
