import { MigrationInterface, QueryRunner } from 'typeorm';

export class Procurement1795380000000 implements MigrationInterface {
  name = 'Procurement1795380000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."assessment_status" AS ENUM('DRAFT', 'SUBMITTED', 'REVIEWED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "product_id" uuid NOT NULL, "vendor_id" uuid NOT NULL, "standard_id" uuid NOT NULL, "status" "public"."assessment_status" NOT NULL, "answers" jsonb NOT NULL DEFAULT '[]', "submitted_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_c511a7dc128256876b6b1719401" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "assessment_queue_idx" ON "assessment" ("status", "submitted_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "assessment_product_standard_idx" ON "assessment" ("product_id", "standard_id", "submitted_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "framework_deal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sector_body_id" uuid NOT NULL, "vendor_id" uuid NOT NULL, "product_ids" uuid array NOT NULL, "tender_id" uuid, "offer_id" uuid, "title" text NOT NULL, "terms" text NOT NULL, "price_tiers" jsonb NOT NULL, "model_version" text NOT NULL, "deviations" jsonb NOT NULL DEFAULT '[]', "valid_from" date NOT NULL, "valid_until" date NOT NULL, "status" text NOT NULL, "vendor_signature" jsonb, "published_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b964c6567ebfdce78b6fe14274" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "framework_deal_list_idx" ON "framework_deal" ("created_at", "id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."standard_status" AS ENUM('DRAFT', 'PUBLISHED')`);
    await queryRunner.query(
      `CREATE TABLE "minimum_standard" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sector_body_id" uuid NOT NULL, "name" text NOT NULL, "version" text NOT NULL, "status" "public"."standard_status" NOT NULL, "requirements" jsonb NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cf9e7b12669a9f713695bc92466" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "minimum_standard_sector_body_idx" ON "minimum_standard" ("sector_body_id", "name", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tender_id" uuid NOT NULL, "vendor_id" uuid NOT NULL, "product_id" uuid NOT NULL, "price_tiers" jsonb NOT NULL, "terms" text NOT NULL, "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "scores" jsonb NOT NULL DEFAULT '[]', "total_score" double precision, CONSTRAINT "PK_57c6ae1abe49201919ef68de900" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "offer_product_key" ON "offer" ("tender_id", "product_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "participation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "deal_id" uuid NOT NULL, "board_id" uuid NOT NULL, "joined_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "agreement_id" uuid, CONSTRAINT "PK_ba5442bab90fc96ddde456c69e1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "participation_board_idx" ON "participation" ("board_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "participation_board_key" ON "participation" ("deal_id", "board_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "tender_interest" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tender_id" uuid NOT NULL, "board_id" uuid NOT NULL, "student_count" integer NOT NULL, "school_count" integer NOT NULL, "registered_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_fa7a95fa8ee7a58a198a4cf5675" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "tender_interest_board_key" ON "tender_interest" ("tender_id", "board_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."tender_status" AS ENUM('DRAFT', 'OPEN_FOR_INTEREST', 'OPEN_FOR_OFFERS', 'EVALUATION', 'AWARDED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "tender" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sector_body_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "category" "public"."product_category" NOT NULL, "standard_id" uuid, "status" "public"."tender_status" NOT NULL, "interest_deadline" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "offer_deadline" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "criteria" jsonb NOT NULL, "cancellation_reason" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_cf05759ac4297391f87db210f64" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "tender_sector_body_idx" ON "tender" ("sector_body_id") `,
    );
    await queryRunner.query(`CREATE INDEX "tender_list_idx" ON "tender" ("created_at", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."tender_list_idx"`);
    await queryRunner.query(`DROP INDEX "public"."tender_sector_body_idx"`);
    await queryRunner.query(`DROP TABLE "tender"`);
    await queryRunner.query(`DROP TYPE "public"."tender_status"`);
    await queryRunner.query(`DROP INDEX "public"."tender_interest_board_key"`);
    await queryRunner.query(`DROP TABLE "tender_interest"`);
    await queryRunner.query(`DROP INDEX "public"."participation_board_key"`);
    await queryRunner.query(`DROP INDEX "public"."participation_board_idx"`);
    await queryRunner.query(`DROP TABLE "participation"`);
    await queryRunner.query(`DROP INDEX "public"."offer_product_key"`);
    await queryRunner.query(`DROP TABLE "offer"`);
    await queryRunner.query(`DROP INDEX "public"."minimum_standard_sector_body_idx"`);
    await queryRunner.query(`DROP TABLE "minimum_standard"`);
    await queryRunner.query(`DROP TYPE "public"."standard_status"`);
    await queryRunner.query(`DROP INDEX "public"."framework_deal_list_idx"`);
    await queryRunner.query(`DROP TABLE "framework_deal"`);
    await queryRunner.query(`DROP INDEX "public"."assessment_product_standard_idx"`);
    await queryRunner.query(`DROP INDEX "public"."assessment_queue_idx"`);
    await queryRunner.query(`DROP TABLE "assessment"`);
    await queryRunner.query(`DROP TYPE "public"."assessment_status"`);
  }
}
