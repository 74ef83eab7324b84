import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795346341563 implements MigrationInterface {
  name = 'Initial1795346341563';

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
      `CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "name" text NOT NULL, "token_hash" text NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "api_token_hash_key" ON "api_token" ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "api_token_organisation_idx" ON "api_token" ("organisation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."invitation_role" AS ENUM('ADMIN', 'PROCUREMENT', 'PRIVACY_OFFICER', 'SIGNATORY', 'VENDOR_EDITOR', 'NEGOTIATOR', 'REVIEWER', 'VIEWER', 'PLATFORM_ADMIN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "email" text NOT NULL, "roles" "public"."invitation_role" array NOT NULL, "token_hash" text NOT NULL, "invited_by_id" uuid, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "invitation_token_hash_key" ON "invitation" ("token_hash") `,
    );
    await queryRunner.query(`CREATE INDEX "invitation_email_idx" ON "invitation" ("email") `);
    await queryRunner.query(
      `CREATE INDEX "invitation_organisation_idx" ON "invitation" ("organisation_id", "created_at") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."locale" AS ENUM('NL', 'EN')`);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text, "locale" "public"."locale" NOT NULL DEFAULT 'NL', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "app_user_email_key" ON "app_user" ("email") `);
    await queryRunner.query(
      `CREATE TYPE "public"."membership_role" AS ENUM('ADMIN', 'PROCUREMENT', 'PRIVACY_OFFICER', 'SIGNATORY', 'VENDOR_EDITOR', 'NEGOTIATOR', 'REVIEWER', 'VIEWER', 'PLATFORM_ADMIN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "membership" ("user_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "roles" "public"."membership_role" array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_83b51efdef81bac87874f7f2ebd" PRIMARY KEY ("user_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "membership_organisation_idx" ON "membership" ("organisation_id") `,
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
      `ALTER TABLE "api_token" ADD CONSTRAINT "FK_5ac1adf0bb16e6e7702e7545a4f" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_913833c1541e680e8112131222f" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_be659e88cd5ed71eef6d4122aac" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "product" ADD CONSTRAINT "FK_0539bfedcb00e1f04dd6d3df10a" FOREIGN KEY ("vendor_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "product" DROP CONSTRAINT "FK_0539bfedcb00e1f04dd6d3df10a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" DROP CONSTRAINT "FK_be659e88cd5ed71eef6d4122aac"`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" DROP CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" DROP CONSTRAINT "FK_913833c1541e680e8112131222f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_token" DROP CONSTRAINT "FK_5ac1adf0bb16e6e7702e7545a4f"`,
    );
    await queryRunner.query(`DROP INDEX "public"."product_vendor_name_idx"`);
    await queryRunner.query(`DROP TABLE "product"`);
    await queryRunner.query(`DROP TYPE "public"."eduv_data_service"`);
    await queryRunner.query(`DROP TYPE "public"."product_sector"`);
    await queryRunner.query(`DROP TYPE "public"."product_category"`);
    await queryRunner.query(`DROP INDEX "public"."membership_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP TYPE "public"."membership_role"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_email_key"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TYPE "public"."locale"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_organisation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_email_idx"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP TYPE "public"."invitation_role"`);
    await queryRunner.query(`DROP INDEX "public"."api_token_organisation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."api_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_oin_key"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_board_number_key"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_sector"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_kind"`);
  }
}
