import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProductReviews1795650000000 implements MigrationInterface {
  name = 'ProductReviews1795650000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."risk_level" AS ENUM('LOW', 'MEDIUM', 'HIGH')`);
    await queryRunner.query(
      `CREATE TABLE "product_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "product_id" uuid NOT NULL, "board_id" uuid NOT NULL, "leaflet_id" uuid, "anonymous" boolean NOT NULL DEFAULT false, "risk_level" "public"."risk_level" NOT NULL, "summary" text NOT NULL, "findings" jsonb NOT NULL, "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "published_by_id" uuid, "withdrawn_at" TIMESTAMP(3) WITH TIME ZONE, "withdrawn_by_id" uuid, "vendor_response" text, "vendor_responded_at" TIMESTAMP(3) WITH TIME ZONE, "vendor_responded_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6c00bd3bbee662e1f7a97dbce9a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "product_review_leaflet_idx" ON "product_review" ("leaflet_id") WHERE withdrawn_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "product_review_board_idx" ON "product_review" ("board_id", "published_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "product_review_product_idx" ON "product_review" ("product_id", "published_at", "id") WHERE withdrawn_at IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "product_review" ADD CONSTRAINT "FK_d7608150bffea47ff5caec8f265" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "product_review" ADD CONSTRAINT "FK_a8b43fa0ff32bd73cc649b67a02" FOREIGN KEY ("board_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "product_review" ADD CONSTRAINT "FK_e8dda7fd1d3c04825b4ef9b2d0f" FOREIGN KEY ("leaflet_id") REFERENCES "privacy_leaflet"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "product_review" ADD CONSTRAINT "FK_3e24605792d3cdb9b670efedd90" FOREIGN KEY ("published_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "product_review" ADD CONSTRAINT "FK_cd12b5ce1d5b7860442194ea7a8" FOREIGN KEY ("withdrawn_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "product_review" ADD CONSTRAINT "FK_729b3b36b7edb7a2e4f5a9d86cd" FOREIGN KEY ("vendor_responded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "product_review" DROP CONSTRAINT "FK_729b3b36b7edb7a2e4f5a9d86cd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "product_review" DROP CONSTRAINT "FK_cd12b5ce1d5b7860442194ea7a8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "product_review" DROP CONSTRAINT "FK_3e24605792d3cdb9b670efedd90"`,
    );
    await queryRunner.query(
      `ALTER TABLE "product_review" DROP CONSTRAINT "FK_e8dda7fd1d3c04825b4ef9b2d0f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "product_review" DROP CONSTRAINT "FK_a8b43fa0ff32bd73cc649b67a02"`,
    );
    await queryRunner.query(
      `ALTER TABLE "product_review" DROP CONSTRAINT "FK_d7608150bffea47ff5caec8f265"`,
    );
    await queryRunner.query(`DROP INDEX "public"."product_review_product_idx"`);
    await queryRunner.query(`DROP INDEX "public"."product_review_board_idx"`);
    await queryRunner.query(`DROP INDEX "public"."product_review_leaflet_idx"`);
    await queryRunner.query(`DROP TABLE "product_review"`);
    await queryRunner.query(`DROP TYPE "public"."risk_level"`);
  }
}
