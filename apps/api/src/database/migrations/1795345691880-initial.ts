import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795345691880 implements MigrationInterface {
  name = 'Initial1795345691880';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."organisation_kind" AS ENUM('BOARD', 'VENDOR', 'SECTOR_BODY', 'PLATFORM')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."organisation_sector" AS ENUM('PO', 'SO', 'VO', 'VSO', 'MBO', 'HO')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."organisation_kind" NOT NULL, "name" text NOT NULL, "board_number" text, "kvk_number" text, "oin" text, "country" character(2) NOT NULL DEFAULT 'NL', "sectors" "public"."organisation_sector" array NOT NULL DEFAULT '{}', "student_count" integer, "website" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "organisation_board_number_key" ON "organisation" ("board_number") WHERE board_number IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "organisation_oin_key" ON "organisation" ("oin") WHERE oin IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."product_category" AS ENUM('LEARNING_PLATFORM', 'STUDENT_INFORMATION_SYSTEM', 'DIGITAL_LEARNING_MATERIAL', 'TESTING', 'COMMUNICATION', 'IDENTITY', 'OFFICE_CLOUD', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."product_sector" AS ENUM('PO', 'SO', 'VO', 'VSO', 'MBO', 'HO')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."eduv_data_service" AS ENUM('ONDERWIJSAANBOD', 'ONDERWIJSINRICHTING', 'ONDERWIJSDEELNEMERS', 'ONDERWIJSMEDEWERKERS', 'LEVERINGSORDERS', 'AANSPRAKEN', 'LEERMIDDELGEBRUIK', 'LEERMATERIAALGEBRUIK', 'LEERRESULTATEN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "product" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vendor_id" uuid NOT NULL, "name" text NOT NULL, "category" "public"."product_category" NOT NULL, "description" text, "sectors" "public"."product_sector" array NOT NULL DEFAULT '{}', "data_services" "public"."eduv_data_service" array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_bebc9158e480b949565b4dc7a82" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "product_vendor_name_idx" ON "product" ("vendor_id", "name") `,
    );
    await queryRunner.query(
      `ALTER TABLE "product" ADD CONSTRAINT "FK_0539bfedcb00e1f04dd6d3df10a" FOREIGN KEY ("vendor_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "product" DROP CONSTRAINT "FK_0539bfedcb00e1f04dd6d3df10a"`,
    );
    await queryRunner.query(`DROP INDEX "public"."product_vendor_name_idx"`);
    await queryRunner.query(`DROP TABLE "product"`);
    await queryRunner.query(`DROP TYPE "public"."eduv_data_service"`);
    await queryRunner.query(`DROP TYPE "public"."product_sector"`);
    await queryRunner.query(`DROP TYPE "public"."product_category"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_oin_key"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_board_number_key"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_sector"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_kind"`);
  }
}
