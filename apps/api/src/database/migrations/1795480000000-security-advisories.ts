import { MigrationInterface, QueryRunner } from 'typeorm';

export class SecurityAdvisories1795480000000 implements MigrationInterface {
  name = 'SecurityAdvisories1795480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."advisory_severity" AS ENUM('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."advisory_tlp" AS ENUM('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "security_advisory" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "publisher_id" uuid NOT NULL, "title" text NOT NULL, "summary" text NOT NULL, "severity" "public"."advisory_severity" NOT NULL, "tlp" "public"."advisory_tlp" NOT NULL, "cves" text array NOT NULL DEFAULT '{}', "csaf_tracking_id" text, "csaf_version" text, "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "published_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0f1e763e1f5d3aa8f1b51c6c2d4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "security_advisory_csaf_key" ON "security_advisory" ("publisher_id", "csaf_tracking_id") WHERE csaf_tracking_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "security_advisory_published_idx" ON "security_advisory" ("published_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."advisory_response" AS ENUM('NOT_AFFECTED', 'AFFECTED', 'MITIGATED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "advisory_notice" ("advisory_id" uuid NOT NULL, "board_id" uuid NOT NULL, "notified_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "response" "public"."advisory_response", "note" text, "responded_at" TIMESTAMP(3) WITH TIME ZONE, "responded_by_id" uuid, CONSTRAINT "PK_b0d41de0e11e850e5a092834269" PRIMARY KEY ("advisory_id", "board_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "advisory_notice_board_idx" ON "advisory_notice" ("board_id", "advisory_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "advisory_product" ("advisory_id" uuid NOT NULL, "product_id" uuid NOT NULL, CONSTRAINT "PK_402825386850734f657b2757b0d" PRIMARY KEY ("advisory_id", "product_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "advisory_product_product_idx" ON "advisory_product" ("product_id", "advisory_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "security_advisory" ADD CONSTRAINT "FK_84c72edaffa15e8d904818699c5" FOREIGN KEY ("publisher_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "security_advisory" ADD CONSTRAINT "FK_bf5d51d3120d65c321044a3ad58" FOREIGN KEY ("published_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "advisory_notice" ADD CONSTRAINT "FK_a47c06bb379423f4ac235abfc8f" FOREIGN KEY ("advisory_id") REFERENCES "security_advisory"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "advisory_notice" ADD CONSTRAINT "FK_68996e66793caed645ca10a366d" FOREIGN KEY ("board_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "advisory_notice" ADD CONSTRAINT "FK_3cc045ae40757c782c169204ec8" FOREIGN KEY ("responded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "advisory_product" ADD CONSTRAINT "FK_a47e050c10290d79f7884e88716" FOREIGN KEY ("advisory_id") REFERENCES "security_advisory"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "advisory_product" ADD CONSTRAINT "FK_e7ec6b47b02b1e3582cecc4edd6" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "advisory_product" DROP CONSTRAINT "FK_e7ec6b47b02b1e3582cecc4edd6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "advisory_product" DROP CONSTRAINT "FK_a47e050c10290d79f7884e88716"`,
    );
    await queryRunner.query(
      `ALTER TABLE "advisory_notice" DROP CONSTRAINT "FK_3cc045ae40757c782c169204ec8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "advisory_notice" DROP CONSTRAINT "FK_68996e66793caed645ca10a366d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "advisory_notice" DROP CONSTRAINT "FK_a47c06bb379423f4ac235abfc8f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "security_advisory" DROP CONSTRAINT "FK_bf5d51d3120d65c321044a3ad58"`,
    );
    await queryRunner.query(
      `ALTER TABLE "security_advisory" DROP CONSTRAINT "FK_84c72edaffa15e8d904818699c5"`,
    );
    await queryRunner.query(`DROP INDEX "public"."advisory_product_product_idx"`);
    await queryRunner.query(`DROP TABLE "advisory_product"`);
    await queryRunner.query(`DROP INDEX "public"."advisory_notice_board_idx"`);
    await queryRunner.query(`DROP TABLE "advisory_notice"`);
    await queryRunner.query(`DROP TYPE "public"."advisory_response"`);
    await queryRunner.query(`DROP INDEX "public"."security_advisory_published_idx"`);
    await queryRunner.query(`DROP INDEX "public"."security_advisory_csaf_key"`);
    await queryRunner.query(`DROP TABLE "security_advisory"`);
    await queryRunner.query(`DROP TYPE "public"."advisory_tlp"`);
    await queryRunner.query(`DROP TYPE "public"."advisory_severity"`);
  }
}
