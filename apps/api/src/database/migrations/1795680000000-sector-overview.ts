// The sector overview (issue #16): a stored summary of each overview's raw figures per
// standard and sector ('' for every board), computed set-based and refreshed when it is
// older than REGIE_SECTOR_OVERVIEW_REFRESH_SECONDS; and an index for a standard's newest
// assessment per product.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class SectorOverview1795680000000 implements MigrationInterface {
  name = 'SectorOverview1795680000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sector_overview_summary" (` +
        `"standard_id" uuid NOT NULL, ` +
        `"sector" character varying(8) NOT NULL, ` +
        `"figures" jsonb NOT NULL, ` +
        `"generated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, ` +
        `CONSTRAINT "sector_overview_summary_pkey" PRIMARY KEY ("standard_id", "sector"), ` +
        `CONSTRAINT "sector_overview_summary_standard_fkey" FOREIGN KEY ("standard_id") ` +
        `REFERENCES "minimum_standard"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "assessment_standard_product_idx" ON "assessment" ("standard_id", "product_id", "submitted_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."assessment_standard_product_idx"`);
    await queryRunner.query(`DROP TABLE "sector_overview_summary"`);
  }
}
