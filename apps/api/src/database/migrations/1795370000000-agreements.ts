import { MigrationInterface, QueryRunner } from 'typeorm';

export class Agreements1795370000000 implements MigrationInterface {
  name = 'Agreements1795370000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."general_offer_status" AS ENUM('PUBLISHED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "general_offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vendor_id" uuid NOT NULL, "model_version" text NOT NULL, "terms_file_id" uuid NOT NULL, "terms_sha256" character(64) NOT NULL, "status" "public"."general_offer_status" NOT NULL, "published_by_id" uuid NOT NULL, "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_85d69297b9b7460a0a978eb9104" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "general_offer_terms_file_key" ON "general_offer" ("terms_file_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "general_offer_vendor_published_idx" ON "general_offer" ("vendor_id", "published_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "general_offer_published_idx" ON "general_offer" ("published_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."agreement_source" AS ENUM('DIRECT', 'GENERAL_OFFER', 'FRAMEWORK')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."agreement_status" AS ENUM('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'ACTIVE', 'SUPERSEDED', 'TERMINATED', 'EXPIRED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "board_id" uuid NOT NULL, "vendor_id" uuid NOT NULL, "source" "public"."agreement_source" NOT NULL, "status" "public"."agreement_status" NOT NULL, "model_name" text NOT NULL, "model_version" text NOT NULL, "valid_from" date, "valid_until" date, "activated_on" date, "termination_date" date, "termination_reason" text, "supersedes_id" uuid, "superseded_on" date, "general_offer_id" uuid, "framework_deal_id" uuid, "leaflets_fixed_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_e7537188219eeef56233a609753" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "agreement_general_offer_idx" ON "agreement" ("general_offer_id") WHERE general_offer_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "agreement_supersedes_idx" ON "agreement" ("supersedes_id") WHERE supersedes_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "agreement_created_idx" ON "agreement" ("created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "agreement_vendor_created_idx" ON "agreement" ("vendor_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "agreement_board_created_idx" ON "agreement" ("board_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."deviation_assessment" AS ENUM('ACCEPTABLE', 'ACCEPTABLE_WITH_MEASURES', 'UNACCEPTABLE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_deviation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "clause" text NOT NULL, "text" text NOT NULL, "assessment" "public"."deviation_assessment", "assessment_note" text, "assessed_by_id" uuid, "assessed_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_be20ebadde0fcd131918899dd4b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "agreement_deviation_agreement_idx" ON "agreement_deviation" ("agreement_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_document" ("agreement_id" uuid NOT NULL, "file_id" uuid NOT NULL, "sha256" character(64) NOT NULL, "attached_by_id" uuid, "attached_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2d84a544493e777e1062ccbc9b0" PRIMARY KEY ("agreement_id", "file_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_leaflet" ("agreement_id" uuid NOT NULL, "leaflet_id" uuid NOT NULL, "product_id" uuid NOT NULL, CONSTRAINT "PK_7a379de1ea6c27306161eb402e8" PRIMARY KEY ("agreement_id", "leaflet_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_product" ("agreement_id" uuid NOT NULL, "product_id" uuid NOT NULL, CONSTRAINT "PK_10bf51fbde2a7ff6f5db0652dee" PRIMARY KEY ("agreement_id", "product_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "agreement_product_product_idx" ON "agreement_product" ("product_id", "agreement_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_review_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ab9454ccce3246c73dab5480d6c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "agreement_review_note_agreement_idx" ON "agreement_review_note" ("agreement_id", "created_at", "id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."signature_party" AS ENUM('BOARD', 'VENDOR')`);
    await queryRunner.query(
      `CREATE TABLE "agreement_signature" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "party" "public"."signature_party" NOT NULL, "signed_by_id" uuid NOT NULL, "signed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "document_sha256" character(64) NOT NULL, CONSTRAINT "PK_a1c52a86260d677da0f602f884f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "agreement_signature_party_key" ON "agreement_signature" ("agreement_id", "party") `,
    );
    await queryRunner.query(
      `CREATE TABLE "general_offer_product" ("general_offer_id" uuid NOT NULL, "product_id" uuid NOT NULL, CONSTRAINT "PK_73890fe3d052d56514bacd83358" PRIMARY KEY ("general_offer_id", "product_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "general_offer_product_product_idx" ON "general_offer_product" ("product_id", "general_offer_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "general_offer" ADD CONSTRAINT "FK_304dd399212b2ab90a640756ec9" FOREIGN KEY ("vendor_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "general_offer" ADD CONSTRAINT "FK_bee23c837ee54968291d6a2c308" FOREIGN KEY ("terms_file_id") REFERENCES "stored_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "FK_b962d7397f4ecc1adf824f75f8e" FOREIGN KEY ("board_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "FK_222b94e51ae3719fa06496f68c4" FOREIGN KEY ("vendor_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "FK_074a2709547c89ca5b49563bc1a" FOREIGN KEY ("supersedes_id") REFERENCES "agreement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "FK_87474e7503accc37e1d3c1b5614" FOREIGN KEY ("general_offer_id") REFERENCES "general_offer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_deviation" ADD CONSTRAINT "FK_ffdf8824a7f8eab4bb70533b57c" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_document" ADD CONSTRAINT "FK_770ba84323dad80b4da144f8f46" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_document" ADD CONSTRAINT "FK_8861afa26772f2dee7797701817" FOREIGN KEY ("file_id") REFERENCES "stored_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_leaflet" ADD CONSTRAINT "FK_ab52b8d48ec21921af5097b0c9f" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_leaflet" ADD CONSTRAINT "FK_0f3bf2e13882ed1c27b5ad095a4" FOREIGN KEY ("leaflet_id") REFERENCES "privacy_leaflet"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_product" ADD CONSTRAINT "FK_5273f97b46a997e0cd66bfcf1de" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_product" ADD CONSTRAINT "FK_200adc32281a8919183dea0efac" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_review_note" ADD CONSTRAINT "FK_7d56c93b46e7fa201a392cb0bba" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_signature" ADD CONSTRAINT "FK_392a422b8cf13900d963c3e3763" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "general_offer_product" ADD CONSTRAINT "FK_26a3c464ed2d06ba386e991a914" FOREIGN KEY ("general_offer_id") REFERENCES "general_offer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "general_offer_product" ADD CONSTRAINT "FK_d1ddf158b33285a5f558e9b214f" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "general_offer_product" DROP CONSTRAINT "FK_d1ddf158b33285a5f558e9b214f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "general_offer_product" DROP CONSTRAINT "FK_26a3c464ed2d06ba386e991a914"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_signature" DROP CONSTRAINT "FK_392a422b8cf13900d963c3e3763"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_review_note" DROP CONSTRAINT "FK_7d56c93b46e7fa201a392cb0bba"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_product" DROP CONSTRAINT "FK_200adc32281a8919183dea0efac"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_product" DROP CONSTRAINT "FK_5273f97b46a997e0cd66bfcf1de"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_leaflet" DROP CONSTRAINT "FK_0f3bf2e13882ed1c27b5ad095a4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_leaflet" DROP CONSTRAINT "FK_ab52b8d48ec21921af5097b0c9f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_document" DROP CONSTRAINT "FK_8861afa26772f2dee7797701817"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_document" DROP CONSTRAINT "FK_770ba84323dad80b4da144f8f46"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_deviation" DROP CONSTRAINT "FK_ffdf8824a7f8eab4bb70533b57c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" DROP CONSTRAINT "FK_87474e7503accc37e1d3c1b5614"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" DROP CONSTRAINT "FK_074a2709547c89ca5b49563bc1a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" DROP CONSTRAINT "FK_222b94e51ae3719fa06496f68c4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" DROP CONSTRAINT "FK_b962d7397f4ecc1adf824f75f8e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "general_offer" DROP CONSTRAINT "FK_bee23c837ee54968291d6a2c308"`,
    );
    await queryRunner.query(
      `ALTER TABLE "general_offer" DROP CONSTRAINT "FK_304dd399212b2ab90a640756ec9"`,
    );
    await queryRunner.query(`DROP INDEX "public"."general_offer_product_product_idx"`);
    await queryRunner.query(`DROP TABLE "general_offer_product"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_signature_party_key"`);
    await queryRunner.query(`DROP TABLE "agreement_signature"`);
    await queryRunner.query(`DROP TYPE "public"."signature_party"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_review_note_agreement_idx"`);
    await queryRunner.query(`DROP TABLE "agreement_review_note"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_product_product_idx"`);
    await queryRunner.query(`DROP TABLE "agreement_product"`);
    await queryRunner.query(`DROP TABLE "agreement_leaflet"`);
    await queryRunner.query(`DROP TABLE "agreement_document"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_deviation_agreement_idx"`);
    await queryRunner.query(`DROP TABLE "agreement_deviation"`);
    await queryRunner.query(`DROP TYPE "public"."deviation_assessment"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_board_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_vendor_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_supersedes_idx"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_general_offer_idx"`);
    await queryRunner.query(`DROP TABLE "agreement"`);
    await queryRunner.query(`DROP TYPE "public"."agreement_status"`);
    await queryRunner.query(`DROP TYPE "public"."agreement_source"`);
    await queryRunner.query(`DROP INDEX "public"."general_offer_published_idx"`);
    await queryRunner.query(`DROP INDEX "public"."general_offer_vendor_published_idx"`);
    await queryRunner.query(`DROP INDEX "public"."general_offer_terms_file_key"`);
    await queryRunner.query(`DROP TABLE "general_offer"`);
    await queryRunner.query(`DROP TYPE "public"."general_offer_status"`);
  }
}
