import { MigrationInterface, QueryRunner } from 'typeorm';

export class Incidents1795390000000 implements MigrationInterface {
  name = 'Incidents1795390000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."incident_severity" AS ENUM('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."incident_status" AS ENUM('OPEN', 'RESOLVED')`);
    await queryRunner.query(
      `CREATE TABLE "incident" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vendor_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "severity" "public"."incident_severity" NOT NULL, "personal_data_involved" boolean NOT NULL, "discovered_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "reported_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "status" "public"."incident_status" NOT NULL, "resolved_at" TIMESTAMP(3) WITH TIME ZONE, "reported_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5f90b28b0b8238d89ee8edcf96e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "incident_vendor_reported_idx" ON "incident" ("vendor_id", "reported_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "incident_reported_idx" ON "incident" ("reported_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "incident_notice" ("incident_id" uuid NOT NULL, "board_id" uuid NOT NULL, "notified_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "acknowledged_at" TIMESTAMP(3) WITH TIME ZONE, "acknowledged_by_id" uuid, CONSTRAINT "PK_4413472b7ad74ffad79d2e09b42" PRIMARY KEY ("incident_id", "board_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "incident_notice_board_idx" ON "incident_notice" ("board_id", "incident_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "incident_product" ("incident_id" uuid NOT NULL, "product_id" uuid NOT NULL, CONSTRAINT "PK_0c8b5db9741cacefdc13b78d74a" PRIMARY KEY ("incident_id", "product_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "incident_product_product_idx" ON "incident_product" ("product_id", "incident_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "incident_update" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "incident_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1c8467d4507585b0e409ff33623" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "incident_update_incident_idx" ON "incident_update" ("incident_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reminder_sent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rule" text NOT NULL, "item_id" uuid NOT NULL, "threshold" text NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "reminder_sent_key" UNIQUE ("rule", "item_id", "threshold"), CONSTRAINT "PK_e1f9fed5a4711488a360325710b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident" ADD CONSTRAINT "FK_a0c09d4a8e084c85eafbba1add0" FOREIGN KEY ("vendor_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident" ADD CONSTRAINT "FK_505bd09e2f05c2a64721332e9ab" FOREIGN KEY ("reported_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_notice" ADD CONSTRAINT "FK_8dee94a5af05d10ae604d3f5c75" FOREIGN KEY ("incident_id") REFERENCES "incident"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_notice" ADD CONSTRAINT "FK_82ced3872b78dfd4948bac91192" FOREIGN KEY ("board_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_notice" ADD CONSTRAINT "FK_0018d0662fb5fd29fa7f3195dfa" FOREIGN KEY ("acknowledged_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_product" ADD CONSTRAINT "FK_d5db918384f2b5edc7530c3b140" FOREIGN KEY ("incident_id") REFERENCES "incident"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_product" ADD CONSTRAINT "FK_ff218e2e951c7291e6ac8733357" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_update" ADD CONSTRAINT "FK_4684e7a0a5a355ba2e014d1e42a" FOREIGN KEY ("incident_id") REFERENCES "incident"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_update" ADD CONSTRAINT "FK_ea4d1bbdf988fa54b1210e891f4" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "incident_update" DROP CONSTRAINT "FK_ea4d1bbdf988fa54b1210e891f4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_update" DROP CONSTRAINT "FK_4684e7a0a5a355ba2e014d1e42a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_product" DROP CONSTRAINT "FK_ff218e2e951c7291e6ac8733357"`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_product" DROP CONSTRAINT "FK_d5db918384f2b5edc7530c3b140"`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_notice" DROP CONSTRAINT "FK_0018d0662fb5fd29fa7f3195dfa"`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_notice" DROP CONSTRAINT "FK_82ced3872b78dfd4948bac91192"`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_notice" DROP CONSTRAINT "FK_8dee94a5af05d10ae604d3f5c75"`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident" DROP CONSTRAINT "FK_505bd09e2f05c2a64721332e9ab"`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident" DROP CONSTRAINT "FK_a0c09d4a8e084c85eafbba1add0"`,
    );
    await queryRunner.query(`DROP TABLE "reminder_sent"`);
    await queryRunner.query(`DROP INDEX "public"."incident_update_incident_idx"`);
    await queryRunner.query(`DROP TABLE "incident_update"`);
    await queryRunner.query(`DROP INDEX "public"."incident_product_product_idx"`);
    await queryRunner.query(`DROP TABLE "incident_product"`);
    await queryRunner.query(`DROP INDEX "public"."incident_notice_board_idx"`);
    await queryRunner.query(`DROP TABLE "incident_notice"`);
    await queryRunner.query(`DROP INDEX "public"."incident_reported_idx"`);
    await queryRunner.query(`DROP INDEX "public"."incident_vendor_reported_idx"`);
    await queryRunner.query(`DROP TABLE "incident"`);
    await queryRunner.query(`DROP TYPE "public"."incident_status"`);
    await queryRunner.query(`DROP TYPE "public"."incident_severity"`);
  }
}
