import { MigrationInterface, QueryRunner } from 'typeorm';

export class SubprocessorChanges1795570000000 implements MigrationInterface {
  name = 'SubprocessorChanges1795570000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."subprocessor_change_status" AS ENUM('ANNOUNCED', 'IN_EFFECT', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "subprocessor_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "product_id" uuid NOT NULL, "vendor_id" uuid NOT NULL, "leaflet_id" uuid NOT NULL, "base_leaflet_id" uuid, "status" "public"."subprocessor_change_status" NOT NULL, "effective_on" date NOT NULL, "added" jsonb NOT NULL, "removed" jsonb NOT NULL, "announced_leaflet" jsonb NOT NULL, "announced_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "announced_by_id" uuid, "withdrawn_at" TIMESTAMP(3) WITH TIME ZONE, "withdrawn_by_id" uuid, "in_effect_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0ce02d719711c792aa8924e63c6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "subprocessor_change_due_idx" ON "subprocessor_change" ("effective_on") WHERE status = 'ANNOUNCED'`,
    );
    await queryRunner.query(
      `CREATE INDEX "subprocessor_change_vendor_idx" ON "subprocessor_change" ("vendor_id", "announced_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "subprocessor_change_product_idx" ON "subprocessor_change" ("product_id", "announced_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "subprocessor_change_announced_leaflet_key" ON "subprocessor_change" ("leaflet_id") WHERE status = 'ANNOUNCED'`,
    );
    await queryRunner.query(
      `CREATE TABLE "subprocessor_change_notice" ("change_id" uuid NOT NULL, "board_id" uuid NOT NULL, "notified_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6a5c93b2b473e88d3cb75c3ca44" PRIMARY KEY ("change_id", "board_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "subprocessor_change_notice_board_idx" ON "subprocessor_change_notice" ("board_id", "change_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "subprocessor_objection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "change_id" uuid NOT NULL, "board_id" uuid NOT NULL, "reason" text NOT NULL, "objected_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "objected_by_id" uuid, CONSTRAINT "PK_f50d78f161e468bd8e3a81d945d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "subprocessor_objection_board_key" ON "subprocessor_objection" ("change_id", "board_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_change" ADD CONSTRAINT "FK_061c03afb51c8b5a51e7672b02b" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_change" ADD CONSTRAINT "FK_37262e5d6ccc370f52ab54fa221" FOREIGN KEY ("vendor_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_change" ADD CONSTRAINT "FK_67ddcbbf677fa02b18b9d19d51d" FOREIGN KEY ("leaflet_id") REFERENCES "privacy_leaflet"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_change" ADD CONSTRAINT "FK_afa4ea1bf3da7d7d148c303d142" FOREIGN KEY ("base_leaflet_id") REFERENCES "privacy_leaflet"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_change" ADD CONSTRAINT "FK_67edcc4ff00ae8792293e2553ac" FOREIGN KEY ("announced_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_change" ADD CONSTRAINT "FK_4a3f4fe4e67adcaae2b09733eb5" FOREIGN KEY ("withdrawn_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_change_notice" ADD CONSTRAINT "FK_0cc4da0bd282beaaaa3891a21e9" FOREIGN KEY ("change_id") REFERENCES "subprocessor_change"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_change_notice" ADD CONSTRAINT "FK_d071b846604df52b296df588706" FOREIGN KEY ("board_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_objection" ADD CONSTRAINT "FK_fc5b0b2d02eb27a8e67ac7394aa" FOREIGN KEY ("change_id") REFERENCES "subprocessor_change"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_objection" ADD CONSTRAINT "FK_56d8af3ddade1a796d1d94d9eeb" FOREIGN KEY ("board_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_objection" ADD CONSTRAINT "FK_4ebeea6a6da1c2995a370b37d0a" FOREIGN KEY ("objected_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "subprocessor_objection" DROP CONSTRAINT "FK_4ebeea6a6da1c2995a370b37d0a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_objection" DROP CONSTRAINT "FK_56d8af3ddade1a796d1d94d9eeb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_objection" DROP CONSTRAINT "FK_fc5b0b2d02eb27a8e67ac7394aa"`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_change_notice" DROP CONSTRAINT "FK_d071b846604df52b296df588706"`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_change_notice" DROP CONSTRAINT "FK_0cc4da0bd282beaaaa3891a21e9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_change" DROP CONSTRAINT "FK_4a3f4fe4e67adcaae2b09733eb5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_change" DROP CONSTRAINT "FK_67edcc4ff00ae8792293e2553ac"`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_change" DROP CONSTRAINT "FK_afa4ea1bf3da7d7d148c303d142"`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_change" DROP CONSTRAINT "FK_67ddcbbf677fa02b18b9d19d51d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_change" DROP CONSTRAINT "FK_37262e5d6ccc370f52ab54fa221"`,
    );
    await queryRunner.query(
      `ALTER TABLE "subprocessor_change" DROP CONSTRAINT "FK_061c03afb51c8b5a51e7672b02b"`,
    );
    await queryRunner.query(`DROP INDEX "public"."subprocessor_objection_board_key"`);
    await queryRunner.query(`DROP TABLE "subprocessor_objection"`);
    await queryRunner.query(`DROP INDEX "public"."subprocessor_change_notice_board_idx"`);
    await queryRunner.query(`DROP TABLE "subprocessor_change_notice"`);
    await queryRunner.query(`DROP INDEX "public"."subprocessor_change_announced_leaflet_key"`);
    await queryRunner.query(`DROP INDEX "public"."subprocessor_change_product_idx"`);
    await queryRunner.query(`DROP INDEX "public"."subprocessor_change_vendor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."subprocessor_change_due_idx"`);
    await queryRunner.query(`DROP TABLE "subprocessor_change"`);
    await queryRunner.query(`DROP TYPE "public"."subprocessor_change_status"`);
  }
}
