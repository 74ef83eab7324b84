import { MigrationInterface, QueryRunner } from 'typeorm';

export class BoardAssessments1795670000000 implements MigrationInterface {
  name = 'BoardAssessments1795670000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "board_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "board_id" uuid NOT NULL, "standard_id" uuid NOT NULL, "status" "public"."assessment_status" NOT NULL, "answers" jsonb NOT NULL DEFAULT '[]', "submitted_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_id" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_67aad44dae950c55f9ff9b9368a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "board_assessment_standard_idx" ON "board_assessment" ("standard_id", "submitted_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "board_assessment_board_standard_idx" ON "board_assessment" ("board_id", "standard_id", "submitted_at") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."standard_subject" AS ENUM('PRODUCT', 'BOARD')`);
    await queryRunner.query(
      `ALTER TABLE "minimum_standard" ADD "subject" "public"."standard_subject" NOT NULL DEFAULT 'PRODUCT'`,
    );
    await queryRunner.query(
      `ALTER TABLE "board_assessment" ADD CONSTRAINT "FK_13aa067f6c03fe256d505611cf3" FOREIGN KEY ("board_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "board_assessment" ADD CONSTRAINT "FK_a9d5d6ee76497dc4a2a05117731" FOREIGN KEY ("standard_id") REFERENCES "minimum_standard"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "board_assessment" ADD CONSTRAINT "FK_6d5dc831df94525ba48a2500154" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "board_assessment" DROP CONSTRAINT "FK_6d5dc831df94525ba48a2500154"`,
    );
    await queryRunner.query(
      `ALTER TABLE "board_assessment" DROP CONSTRAINT "FK_a9d5d6ee76497dc4a2a05117731"`,
    );
    await queryRunner.query(
      `ALTER TABLE "board_assessment" DROP CONSTRAINT "FK_13aa067f6c03fe256d505611cf3"`,
    );
    await queryRunner.query(`ALTER TABLE "minimum_standard" DROP COLUMN "subject"`);
    await queryRunner.query(`DROP TYPE "public"."standard_subject"`);
    await queryRunner.query(`DROP INDEX "public"."board_assessment_board_standard_idx"`);
    await queryRunner.query(`DROP INDEX "public"."board_assessment_standard_idx"`);
    await queryRunner.query(`DROP TABLE "board_assessment"`);
  }
}
